// Idioms: quicksort with 3-way (Dutch flag) partitioning, median-of-three pivot, insertion sort for small ranges, and recursion on the smaller side.
// std: c17
// expect-exit: 0
// expect-stdout:
// | random        sorted 1 comparisons  23171 max depth 7
// | sorted        sorted 1 comparisons  54458 max depth 6
// | reversed      sorted 1 comparisons  41858 max depth 6
// | few-distinct  sorted 1 comparisons   3980 max depth 3
// | all-equal     sorted 1 comparisons   2003 max depth 2
#include <stdio.h>

static long comparisons;

static void insertion(int *a, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
        int v = a[i], j = i - 1;
        while (j >= lo && (comparisons++, a[j] > v)) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static void swap(int *a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

static int median3(int *a, int lo, int hi) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    comparisons += 3;
    return a[mid];
}

static int max_depth, depth;

static void quicksort(int *a, int lo, int hi) {
    depth++;
    if (depth > max_depth) max_depth = depth;
    while (hi - lo > 8) {
        int pivot = median3(a, lo, hi);
        int lt = lo, i = lo, gt = hi;
        while (i <= gt) {
            comparisons++;
            if (a[i] < pivot) swap(a, lt++, i++);
            else if (a[i] > pivot) swap(a, i, gt--);
            else i++;
        }
        if (lt - lo < hi - gt) { quicksort(a, lo, lt - 1); lo = gt + 1; }
        else { quicksort(a, gt + 1, hi); hi = lt - 1; }
    }
    insertion(a, lo, hi);
    depth--;
}

static int check(const int *a, int n) { for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0; return 1; }

int main(void) {
    enum { N = 2000 };
    static int a[N];
    const char *names[] = { "random", "sorted", "reversed", "few-distinct", "all-equal" };
    for (int kind = 0; kind < 5; kind++) {
        unsigned s = 12345;
        for (int i = 0; i < N; i++) {
            s = s * 1664525u + 1013904223u;
            switch (kind) {
            case 0: a[i] = (int)(s >> 8) % 100000; break;
            case 1: a[i] = i; break;
            case 2: a[i] = N - i; break;
            case 3: a[i] = (int)(s >> 20) % 4; break;
            default: a[i] = 7; break;
            }
        }
        comparisons = 0; max_depth = 0;
        quicksort(a, 0, N - 1);
        printf("%-13s sorted %d comparisons %6ld max depth %d\n", names[kind], check(a, N), comparisons, max_depth);
    }
    return 0;
}
