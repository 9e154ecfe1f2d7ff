// Bit-fields: zero-width bit-fields force alignment to the next unit; unnamed padding fields.
// expect-exit: 0
// expect-stdout:
// | 5 1 4 5 12
// | 3 -2
#include <stdio.h>
struct z1 { char a : 3; int : 0; char b : 3; };
struct z2 { char a : 3; char b : 3; };
struct z3 { int a : 4; unsigned : 4; int b : 4; };
struct z4 { char a; int : 0; char b; };
struct z5 { int a : 1; long : 0; int b : 1; };
int main(void) {
    printf("%zu %zu %zu %zu %zu\n", sizeof(struct z1), sizeof(struct z2), sizeof(struct z3), sizeof(struct z4), sizeof(struct z5));
    struct z3 v = { 3, -2 };
    printf("%d %d\n", v.a, v.b);
    return 0;
}
