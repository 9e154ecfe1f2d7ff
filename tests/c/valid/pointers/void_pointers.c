// Pointers: void * as a generic pointer: generic swap and generic max via memcpy and comparators.
// expect-exit: 0
// expect-stdout:
// | 2 1 -3.00 1.50
// | 9.25
#include <stdio.h>
#include <string.h>
static void swap(void *a, void *b, size_t size) {
    unsigned char tmp[64];
    memcpy(tmp, a, size);
    memcpy(a, b, size);
    memcpy(b, tmp, size);
}
static const void *max_of(const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
    const unsigned char *best = base;
    for (size_t i = 1; i < n; i++) {
        const unsigned char *cur = (const unsigned char *)base + i * size;
        if (cmp(cur, best) > 0) best = cur;
    }
    return best;
}
static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}
int main(void) {
    int a = 1, b = 2;
    swap(&a, &b, sizeof a);
    double d[] = { 1.5, 9.25, -3.0 };
    swap(&d[0], &d[2], sizeof d[0]);
    printf("%d %d %.2f %.2f\n", a, b, d[0], d[2]);
    printf("%.2f\n", *(const double *)max_of(d, 3, sizeof d[0], cmp_double));
    return 0;
}
