// Declarations: struct, union, enum and typedef declared inside a function body.
// expect-exit: 0
// expect-stdout:
// | 1 z 1.5 4
// | 0a
// | 1a
#include <stdio.h>
int main(void) {
    struct local { int a; char b; };
    union lu { int i; float f; };
    enum le { X = 3, Y };
    typedef struct local Local;
    Local v = { 1, 'z' };
    union lu u = { .f = 1.5f };
    printf("%d %c %.1f %d\n", v.a, v.b, u.f, Y);
    for (int i = 0; i < 2; i++) {
        struct local w = { i, 'a' };
        printf("%d%c\n", w.a, w.b);
    }
    return 0;
}
