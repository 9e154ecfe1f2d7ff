// Idioms: sorting intervals with qsort and merging overlaps in place, then querying coverage and gaps; half-open [start, end) arithmetic.
// std: c17
// expect-exit: 0
// expect-stdout:
// | merged: [-5,-1) [0,6) [8,11) [15,18) [20,25) [30,31)
// | count 6 total length 22
// | gaps: [-1,0) [6,8) [11,15) [18,20) [25,30)
// | -6:0 -5:1 -1:0 0:1 6:0 7:0 10:1 11:0 24:1 25:0 30:1 100:0 
#include <stdio.h>
#include <stdlib.h>

struct interval { long start, end; };

static int by_start(const void *a, const void *b) {
    const struct interval *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

static size_t merge(struct interval *v, size_t n) {
    if (n == 0) return 0;
    qsort(v, n, sizeof *v, by_start);
    size_t out = 0;
    for (size_t i = 1; i < n; i++) {
        if (v[i].start <= v[out].end) { if (v[i].end > v[out].end) v[out].end = v[i].end; }
        else v[++out] = v[i];
    }
    return out + 1;
}

static int covered(const struct interval *v, size_t n, long x) {
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if (v[mid].end <= x) lo = mid + 1; else hi = mid; }
    return lo < n && v[lo].start <= x;
}

int main(void) {
    struct interval v[] = { { 15, 18 }, { 1, 3 }, { 2, 6 }, { 8, 10 }, { 10, 11 }, { 30, 31 }, { 20, 25 }, { 21, 22 }, { -5, -1 }, { 0, 1 } };
    size_t n = merge(v, sizeof v / sizeof v[0]);
    long total = 0;
    printf("merged:");
    for (size_t i = 0; i < n; i++) { printf(" [%ld,%ld)", v[i].start, v[i].end); total += v[i].end - v[i].start; }
    printf("\ncount %zu total length %ld\n", n, total);
    printf("gaps:");
    for (size_t i = 1; i < n; i++) printf(" [%ld,%ld)", v[i - 1].end, v[i].start);
    printf("\n");
    long probes[] = { -6, -5, -1, 0, 6, 7, 10, 11, 24, 25, 30, 100 };
    for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) printf("%ld:%d ", probes[i], covered(v, n, probes[i]));
    printf("\n");
    return 0;
}
