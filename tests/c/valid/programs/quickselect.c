// Programs: quickselect for the k-th smallest element and the median of several arrays.
// expect-exit: 0
// expect-stdout:
// | 3 4 7 10 15 20
// | median 6
#include <stdio.h>
static int select_k(int *a, int lo, int hi, int k) {
    for (;;) {
        if (lo == hi) return a[lo];
        int pivot = a[hi], s = lo;
        for (int i = lo; i < hi; i++) if (a[i] < pivot) { int t = a[i]; a[i] = a[s]; a[s] = t; s++; }
        int t = a[s]; a[s] = a[hi]; a[hi] = t;
        if (k == s) return a[s];
        if (k < s) hi = s - 1; else lo = s + 1;
    }
}
int main(void) {
    int a[] = { 7, 10, 4, 3, 20, 15 };
    for (int k = 0; k < 6; k++) {
        int copy[6];
        for (int i = 0; i < 6; i++) copy[i] = a[i];
        printf("%d%c", select_k(copy, 0, 5, k), k < 5 ? ' ' : '\n');
    }
    int b[] = { 9, 1, 8, 2, 7, 3, 6 };
    printf("median %d\n", select_k(b, 0, 6, 3));
    return 0;
}
