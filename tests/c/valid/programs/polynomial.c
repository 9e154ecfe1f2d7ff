// Programs: polynomial multiplication, evaluation with Horner's rule, and printing.
// expect-exit: 0
// expect-stdout:
// | x - 1
// | x^2 + x + 1
// | x^3 - 1
// | 7 -28
// | x^6 - 2x^3 + 1
#include <stdio.h>
#define MAXD 10
struct poly { int deg; long c[MAXD + 1]; };
static struct poly mul(const struct poly *a, const struct poly *b) {
    struct poly r = { a->deg + b->deg, { 0 } };
    for (int i = 0; i <= a->deg; i++) for (int j = 0; j <= b->deg; j++) r.c[i + j] += a->c[i] * b->c[j];
    return r;
}
static long eval(const struct poly *p, long x) { long v = 0; for (int i = p->deg; i >= 0; i--) v = v * x + p->c[i]; return v; }
static void print(const struct poly *p) {
    int first = 1;
    for (int i = p->deg; i >= 0; i--) {
        long c = p->c[i];
        if (!c) continue;
        printf("%s", c < 0 ? (first ? "-" : " - ") : (first ? "" : " + "));
        long m = c < 0 ? -c : c;
        if (m != 1 || i == 0) printf("%ld", m);
        if (i > 0) printf("x");
        if (i > 1) printf("^%d", i);
        first = 0;
    }
    printf("\n");
}
int main(void) {
    struct poly a = { 1, { -1, 1 } }, b = { 2, { 1, 1, 1 } };
    struct poly p = mul(&a, &b);
    print(&a); print(&b); print(&p);
    printf("%ld %ld\n", eval(&p, 2), eval(&p, -3));
    struct poly sq = mul(&p, &p);
    print(&sq);
    return 0;
}
