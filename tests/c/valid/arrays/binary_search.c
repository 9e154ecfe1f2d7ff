// Arrays: lower_bound/upper_bound binary searches over a sorted array with duplicates.
// expect-exit: 0
// expect-stdout:
// | 2: [1, 4) count 3
// | 7: [5, 7) count 2
// | 0: [0, 0) count 0
// | 10: [8, 8) count 0
// | 6: [5, 5) count 0
#include <stdio.h>
static int lower_bound(const int *a, int n, int key) {
    int lo = 0, hi = n;
    while (lo < hi) { int mid = lo + (hi - lo) / 2; if (a[mid] < key) lo = mid + 1; else hi = mid; }
    return lo;
}
static int upper_bound(const int *a, int n, int key) {
    int lo = 0, hi = n;
    while (lo < hi) { int mid = lo + (hi - lo) / 2; if (a[mid] <= key) lo = mid + 1; else hi = mid; }
    return lo;
}
int main(void) {
    const int a[] = { 1, 2, 2, 2, 5, 7, 7, 9 };
    int keys[] = { 2, 7, 0, 10, 6 };
    for (int i = 0; i < 5; i++)
        printf("%d: [%d, %d) count %d\n", keys[i], lower_bound(a, 8, keys[i]), upper_bound(a, 8, keys[i]),
               upper_bound(a, 8, keys[i]) - lower_bound(a, 8, keys[i]));
    return 0;
}
