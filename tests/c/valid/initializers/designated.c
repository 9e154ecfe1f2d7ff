// Initializers: designated initializers for arrays and structs, overriding, mixed with positional.
// expect-exit: 0
// expect-stdout:
// | 1 10 11 0 40 0
// | 1 0 3
// | 0 5 6
// | 10
// | 2
#include <stdio.h>
struct point { int x, y, z; };
int main(void) {
    int a[6] = { [4] = 40, [1] = 10, 11, [0] = 1 };
    for (int i = 0; i < 6; i++) printf("%d%s", a[i], i < 5 ? " " : "\n");
    struct point p = { .z = 3, .x = 1 };
    printf("%d %d %d\n", p.x, p.y, p.z);
    struct point q = { .y = 5, 6 };   /* positional continues after y */
    printf("%d %d %d\n", q.x, q.y, q.z);
    int b[] = { [9] = 1 };
    printf("%zu\n", sizeof b / sizeof b[0]);
    struct point r = { .x = 2 };
    printf("%d\n", r.x);
    return 0;
}
