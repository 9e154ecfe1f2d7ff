// Declarations: qualifiers at every level of a pointer chain and what each one protects.
// expect-exit: 0
// expect-stdout:
// | 10 2 10 2
// | 7
#include <stdio.h>
int main(void) {
    int a = 1, b = 2;
    int *p = &a;
    int *const cp = &a;                 /* cp cannot change, *cp can */
    const int *pc = &a;                 /* pc can change, *pc cannot */
    int *const *pcp = &cp;              /* **pcp writable, *pcp not */
    const int *const *volatile v = &pc; /* v itself volatile */
    **pcp = 10;
    pc = &b;
    p = *pcp;
    printf("%d %d %d %d\n", a, *pc, *p, **v);
    int *restrict r = &b;
    *r += 5;
    printf("%d\n", b);
    return 0;
}
