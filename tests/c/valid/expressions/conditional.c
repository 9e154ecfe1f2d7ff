// Expressions: ?: with mixed arithmetic, pointer and void operands (C17 6.5.15).
// expect-exit: 0
// expect-stdout:
// | unsigned
// | double
// | long
// | const int *
// | int *
// | int *
// | void *
// | -1
// | 4294967295
// | 3.0
// | 9 2
// | 1
#pragma GCC diagnostic ignored "-Wsign-compare"
#include <stdio.h>
#define T(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", double: "double", \
                      const int *: "const int *", void *: "void *", int *: "int *", default: "other")
static void noop(void) {}
int main(void) {
    int c = 1, i = 5;
    const int ci = 6;
    puts(T(c ? 1 : 2u));
    puts(T(c ? 1 : 2.0));
    puts(T(c ? 1L : (char)2));
    puts(T(c ? &i : &ci));
    puts(T(c ? &i : (void *)0));
    puts(T(c ? &i : 0));
    void *vp = &i;
    puts(T(c ? vp : &i));
    printf("%d\n", c ? -1 : 1u > 0);
    printf("%u\n", c ? -1 : 1u);
    printf("%.1f\n", c ? 3 : 2.5);
    c ? noop() : noop();
    int a = 1, b = 2;
    *(c ? &a : &b) = 9;
    printf("%d %d\n", a, b);
    printf("%d\n", i > 3 ? i < 10 ? 1 : 2 : 3);
    return 0;
}
