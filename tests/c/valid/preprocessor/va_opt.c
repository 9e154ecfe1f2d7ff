// Preprocessor: __VA_OPT__ (C2x feature supported by gcc in gnu17 mode).
// expect-exit: 0
// expect-stdout:
// | no arguments
// | one 1
// | two 2 x
// | 100
// | 11
// | 0 1
#include <stdio.h>
#define LOG(fmt, ...) printf(fmt "\n" __VA_OPT__(,) __VA_ARGS__)
#define CALL(f, ...) f(0 __VA_OPT__(, __VA_ARGS__))
static int add(int a) { return a + 100; }
static int add3(int a, int b, int c) { return a + b + c; }
#define HAS_ARGS(...) (0 __VA_OPT__(+ 1))
int main(void) {
    LOG("no arguments");
    LOG("one %d", 1);
    LOG("two %d %s", 2, "x");
    printf("%d\n", CALL(add));
    printf("%d\n", CALL(add3, 5, 6));
    printf("%d %d\n", HAS_ARGS(), HAS_ARGS(x, y));
    return 0;
}
