// Library: glibc's qsort is a stable merge sort: equal keys keep their order; qsort_r passes its argument; bsearch finds a match.
// expect-exit: 0
// expect-stdout:
// | 0i 1b 1e 1h 2d 2g 3a 3c 3f 3j 
// | 3a 3c 3f 3j 2d 2g 1b 1e 1h 0i 
// | sorted 0 31 63 comparisons at most n log2 n: 1
// | bsearch 40
// | missing 1
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
struct item { int key; char tag; };
static int by_key(const void *a, const void *b) {
    const struct item *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}
static int by_key_dir(const void *a, const void *b, void *arg) { return *(const int *)arg * by_key(a, b); }
static int compare_calls;
static int counting(const void *a, const void *b) {
    compare_calls++;
    return *(const int *)a - *(const int *)b;
}
int main(void) {
    struct item items[] = { { 3, 'a' }, { 1, 'b' }, { 3, 'c' }, { 2, 'd' }, { 1, 'e' }, { 3, 'f' }, { 2, 'g' }, { 1, 'h' }, { 0, 'i' }, { 3, 'j' } };
    enum { N = sizeof items / sizeof items[0] };
    qsort(items, N, sizeof items[0], by_key);
    for (int i = 0; i < N; i++) printf("%d%c ", items[i].key, items[i].tag);
    printf("\n");
    int down = -1;
    qsort_r(items, N, sizeof items[0], by_key_dir, &down);
    for (int i = 0; i < N; i++) printf("%d%c ", items[i].key, items[i].tag);
    printf("\n");
    int nums[64];
    for (int i = 0; i < 64; i++) nums[i] = (i * 37) % 64;
    qsort(nums, 64, sizeof nums[0], counting);
    printf("sorted %d %d %d comparisons at most n log2 n: %d\n", nums[0], nums[31], nums[63], compare_calls > 0 && compare_calls <= 64 * 6);
    int key = 40;
    int *found = bsearch(&key, nums, 64, sizeof nums[0], counting);
    printf("bsearch %d\n", found ? (int)(found - nums) : -1);
    key = 99;
    printf("missing %d\n", bsearch(&key, nums, 64, sizeof nums[0], counting) == NULL);
    return 0;
}
