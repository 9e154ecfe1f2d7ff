// Library: qsort with a total order comparator (ties broken explicitly), sorting doubles descending.
// expect-exit: 0
// expect-stdout:
// | 1/1 1/4 2/3 3/0 3/2
// | 3.25 2 0.5 -1
#include <stdio.h>
#include <stdlib.h>
struct rec { int key; int seq; };
static int by_key_then_seq(const void *a, const void *b) {
    const struct rec *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}
static int desc_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}
int main(void) {
    struct rec r[] = { { 3, 0 }, { 1, 1 }, { 3, 2 }, { 2, 3 }, { 1, 4 } };
    qsort(r, 5, sizeof r[0], by_key_then_seq);
    for (int i = 0; i < 5; i++) printf("%d/%d%c", r[i].key, r[i].seq, i < 4 ? ' ' : '\n');
    double d[] = { 0.5, -1.0, 3.25, 2.0 };
    qsort(d, 4, sizeof d[0], desc_double);
    printf("%g %g %g %g\n", d[0], d[1], d[2], d[3]);
    return 0;
}
