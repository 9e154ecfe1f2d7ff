// Pointers: comparing pointers within one array and to one-past-the-end; equality against NULL.
// expect-exit: 0
// expect-stdout:
// | 3
// | 1
// | 4
#include <stdio.h>
#include <stddef.h>
static int *bsearch_int(int *lo, int *hi, int key) {
    while (lo < hi) {
        int *mid = lo + (hi - lo) / 2;
        if (*mid < key) lo = mid + 1;
        else if (*mid > key) hi = mid;
        else return mid;
    }
    return NULL;
}
int main(void) {
    int a[] = { 1, 3, 5, 7, 9, 11 };
    int *end = a + 6;
    int *r = bsearch_int(a, end, 7);
    printf("%td\n", r ? r - a : -1);
    printf("%d\n", bsearch_int(a, end, 4) == NULL);
    int count = 0;
    for (int *p = end; p > a; ) { --p; count += *p > 4; }
    printf("%d\n", count);
    return 0;
}
