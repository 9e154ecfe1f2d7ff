// Preprocessor: variadic macro called with an empty variadic part and with only named arguments.
// expect-exit: 0
// expect-stdout:
// | 0 1 3
// | [] [b, c]
#include <stdio.h>
#define COUNT_ARGS(...) (sizeof((int[]){ 0, ##__VA_ARGS__ }) / sizeof(int) - 1)
#define TAIL(first, ...) #__VA_ARGS__
int main(void) {
    printf("%zu %zu %zu\n", COUNT_ARGS(), COUNT_ARGS(1), COUNT_ARGS(1, 2, 3));
    printf("[%s] [%s]\n", TAIL(a), TAIL(a, b, c));
    return 0;
}
