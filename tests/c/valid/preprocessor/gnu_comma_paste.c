// Preprocessor: GNU ", ## __VA_ARGS__" swallows the comma when no variadic arguments.
// expect-exit: 0
// expect-stdout:
// | error: plain
// | error: code 7
// | error: k=3
// | named none
// | named 1 2
#include <stdio.h>
#define ERR(fmt, ...) printf("error: " fmt "\n", ##__VA_ARGS__)
#define NAMED(fmt, args...) printf(fmt "\n", ##args)
int main(void) {
    ERR("plain");
    ERR("code %d", 7);
    ERR("%s=%d", "k", 3);
    NAMED("named none");
    NAMED("named %d %d", 1, 2);
    return 0;
}
