// Pointers: returning several results through pointer parameters; optional (NULL) outputs.
// expect-exit: 0
// expect-stdout:
// | -2 9 4.0
// | 9
// | 9 2
#include <stdio.h>
#include <stddef.h>
static void stats(const int *a, size_t n, int *min, int *max, double *mean) {
    int lo = a[0], hi = a[0];
    long sum = 0;
    for (size_t i = 0; i < n; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i]; sum += a[i]; }
    if (min) *min = lo;
    if (max) *max = hi;
    if (mean) *mean = (double)sum / (double)n;
}
static int divmod(int a, int b, int *rem) { *rem = a % b; return a / b; }
int main(void) {
    int data[] = { 4, 8, -2, 9, 1 };
    int lo, hi;
    double mean;
    stats(data, 5, &lo, &hi, &mean);
    printf("%d %d %.1f\n", lo, hi, mean);
    stats(data, 5, NULL, &hi, NULL);
    printf("%d\n", hi);
    int r, q = divmod(47, 5, &r);
    printf("%d %d\n", q, r);
    return 0;
}
