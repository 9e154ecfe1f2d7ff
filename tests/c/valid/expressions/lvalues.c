// Expressions: the many forms of lvalues: *p, a[i], s.m, p->m, (lvalue), compound literal, string element copy.
// expect-exit: 0
// expect-stdout:
// | 7 6 7 8 9 12
// | 42 1
#include <stdio.h>
struct s { int m[2]; struct s *self; };
int main(void) {
    int x = 1, a[3] = { 0 }, *p = &x;
    struct s v = { { 0, 0 }, &v };
    *p = 5;
    a[1] = *p + 1;
    *(a + 2) = 7;
    v.m[0] = 8;
    v.self->m[1] = 9;
    (x) = x + 1;
    *&x += 1;
    (&v)->self->self->m[0] += 0;
    int *q = &(int){ 4 };
    *q *= 3;
    printf("%d %d %d %d %d %d\n", x, a[1], a[2], v.m[0], v.m[1], *q);
    int i = 0;
    a[i++] = 42;
    printf("%d %d\n", a[0], i);
    return 0;
}
