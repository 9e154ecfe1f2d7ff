// Idioms: bottom-up (iterative) merge sort with one scratch buffer, stable on records, and counting inversions.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 0i 1d 1g 3b 3e 3j 5a 5c 5h 7k 9f 
// | inversions 25 (brute force 25)
// | big sorted 1 inversions 250308 first 0 last 1008
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { int key; char tag; };

static long merge(struct rec *a, struct rec *tmp, size_t lo, size_t mid, size_t hi) {
    size_t i = lo, j = mid, k = lo;
    long inversions = 0;
    while (i < mid && j < hi) {
        if (a[j].key < a[i].key) { tmp[k++] = a[j++]; inversions += (long)(mid - i); }
        else tmp[k++] = a[i++];
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (hi - lo) * sizeof *a);
    return inversions;
}

static long merge_sort(struct rec *a, size_t n) {
    struct rec *tmp = malloc(n * sizeof *a);
    if (!tmp && n) return -1;
    long inversions = 0;
    for (size_t width = 1; width < n; width *= 2)
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            inversions += merge(a, tmp, lo, lo + width, hi);
        }
    free(tmp);
    return inversions;
}

int main(void) {
    struct rec r[] = { { 5, 'a' }, { 3, 'b' }, { 5, 'c' }, { 1, 'd' }, { 3, 'e' }, { 9, 'f' }, { 1, 'g' }, { 5, 'h' },
                       { 0, 'i' }, { 3, 'j' }, { 7, 'k' } };
    size_t n = sizeof r / sizeof r[0];
    long brute = 0;
    for (size_t i = 0; i < n; i++) for (size_t j = i + 1; j < n; j++) brute += r[j].key < r[i].key;
    long inv = merge_sort(r, n);
    for (size_t i = 0; i < n; i++) printf("%d%c ", r[i].key, r[i].tag);
    printf("\ninversions %ld (brute force %ld)\n", inv, brute);
    int big_n = 1000;
    struct rec *big = malloc((size_t)big_n * sizeof *big);
    if (!big) return 1;
    for (int i = 0; i < big_n; i++) { big[i].key = (i * 7919) % 1009; big[i].tag = (char)('a' + i % 26); }
    long inv2 = merge_sort(big, (size_t)big_n);
    int ok = 1;
    for (int i = 1; i < big_n; i++) if (big[i - 1].key > big[i].key) ok = 0;
    printf("big sorted %d inversions %ld first %d last %d\n", ok, inv2, big[0].key, big[big_n - 1].key);
    free(big);
    return 0;
}
