// Structs: arrays as members, nested initialisation, and struct assignment copying arrays.
// expect-exit: 0
// expect-stdout:
// | 1 1 10
// | 2 -1 4
#include <stdio.h>
struct poly { int degree; int coef[5]; };
static int eval(const struct poly *p, int x) {
    int r = 0;
    for (int i = p->degree; i >= 0; i--) r = r * x + p->coef[i];
    return r;
}
static struct poly derive(struct poly p) {
    struct poly d = { p.degree > 0 ? p.degree - 1 : 0, { 0 } };
    for (int i = 1; i <= p.degree; i++) d.coef[i - 1] = i * p.coef[i];
    return d;
}
int main(void) {
    struct poly p = { 3, { 1, 0, -2, 1 } };   /* x^3 - 2x^2 + 1 */
    printf("%d %d %d\n", eval(&p, 0), eval(&p, 2), eval(&p, 3));
    struct poly d = derive(p);
    printf("%d %d %d\n", d.degree, eval(&d, 1), eval(&d, 2));
    return 0;
}
