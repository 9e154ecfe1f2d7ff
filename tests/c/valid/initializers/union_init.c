// Initializers: unions initialise their first member, or the designated one (C17 6.7.9p17).
// expect-exit: 0
// expect-stdout:
// | 42 2.5 abc
// | 1 0.25 0 7
#include <stdio.h>
union num { int i; double d; char c[8]; };
struct tagged { int tag; union num u; };
int main(void) {
    union num a = { 42 };
    union num b = { .d = 2.5 };
    union num c = { .c = "abc" };
    printf("%d %.1f %s\n", a.i, b.d, c.c);
    struct tagged t = { 1, { .d = 0.25 } };
    struct tagged t2 = { .u.i = 7, .tag = 0 };
    printf("%d %.2f %d %d\n", t.tag, t.u.d, t2.tag, t2.u.i);
    return 0;
}
