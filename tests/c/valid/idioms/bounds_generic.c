// Idioms: generic lower_bound/upper_bound over void* arrays with a comparator (like bsearch, but returning insertion points), equal ranges and sorted insertion with memmove.
// std: c17
// expect-exit: 0
// expect-stdout:
// | key  0: lower 0 upper 0 count 0
// | key  1: lower 0 upper 1 count 1
// | key  3: lower 1 upper 4 count 3
// | key  4: lower 4 upper 4 count 0
// | key  8: lower 5 upper 7 count 2
// | key 21: lower 8 upper 9 count 1
// | key 22: lower 9 upper 9 count 0
// | doubles: [2, 4)
// | sorted inserts: 1 1 2 3 4 5 5 5 6 9
#include <stdio.h>
#include <string.h>

typedef int (*cmp_fn)(const void *, const void *);

static size_t lower_bound(const void *base, size_t n, size_t size, const void *key, cmp_fn cmp) {
    const char *b = base;
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if (cmp(b + mid * size, key) < 0) lo = mid + 1; else hi = mid; }
    return lo;
}

static size_t upper_bound(const void *base, size_t n, size_t size, const void *key, cmp_fn cmp) {
    const char *b = base;
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if (cmp(b + mid * size, key) <= 0) lo = mid + 1; else hi = mid; }
    return lo;
}

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_double(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

static size_t sorted_insert(int *arr, size_t n, int v) {
    size_t at = upper_bound(arr, n, sizeof *arr, &v, cmp_int);
    memmove(arr + at + 1, arr + at, (n - at) * sizeof *arr);
    arr[at] = v;
    return n + 1;
}

int main(void) {
    int a[] = { 1, 3, 3, 3, 5, 8, 8, 13, 21 };
    size_t n = sizeof a / sizeof a[0];
    int keys[] = { 0, 1, 3, 4, 8, 21, 22 };
    for (int i = 0; i < 7; i++) {
        size_t lo = lower_bound(a, n, sizeof a[0], &keys[i], cmp_int), hi = upper_bound(a, n, sizeof a[0], &keys[i], cmp_int);
        printf("key %2d: lower %zu upper %zu count %zu\n", keys[i], lo, hi, hi - lo);
    }
    double d[] = { -1.5, 0.0, 0.25, 0.25, 2.0 };
    double dk = 0.25;
    printf("doubles: [%zu, %zu)\n", lower_bound(d, 5, sizeof d[0], &dk, cmp_double), upper_bound(d, 5, sizeof d[0], &dk, cmp_double));
    int buf[16];
    size_t len = 0;
    int incoming[] = { 5, 1, 4, 1, 5, 9, 2, 6, 5, 3 };
    for (int i = 0; i < 10; i++) len = sorted_insert(buf, len, incoming[i]);
    printf("sorted inserts:");
    for (size_t i = 0; i < len; i++) printf(" %d", buf[i]);
    printf("\n");
    return 0;
}
