// Preprocessor: variadic macros with __VA_ARGS__ (C17 6.10.3p12).
// expect-exit: 0
// expect-stdout:
// | [1-2]
// | [one]
// | 1 3 5
// | 10
// | 6
// | a, b, c
#include <stdio.h>
#define SHOW(fmt, ...) printf("[" fmt "]\n", __VA_ARGS__)
#define COUNT(...) COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define COUNT_(a, b, c, d, e, n, ...) n
#define FIRST(x, ...) x
#define REST(x, ...) __VA_ARGS__
#define STR(...) #__VA_ARGS__
static int sum3(int a, int b, int c) { return a + b + c; }
int main(void) {
    SHOW("%d-%d", 1, 2);
    SHOW("%s", "one");
    printf("%d %d %d\n", COUNT(a), COUNT(a, b, c), COUNT(a, b, c, d, e));
    printf("%d\n", FIRST(10, 20, 30));
    printf("%d\n", sum3(REST(0, 1, 2, 3)));
    puts(STR(a, b,   c));
    return 0;
}
