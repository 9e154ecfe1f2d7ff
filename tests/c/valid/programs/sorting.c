// Programs: bubble, selection, insertion, merge, quick, heap sort agree on the same input.
// expect-exit: 0
// expect-stdout:
// | bubble    -40 -3 0 1 2 5 6 7 7 8 12 99
// | selection -40 -3 0 1 2 5 6 7 7 8 12 99
// | insertion -40 -3 0 1 2 5 6 7 7 8 12 99
// | merge     -40 -3 0 1 2 5 6 7 7 8 12 99
// | quick     -40 -3 0 1 2 5 6 7 7 8 12 99
// | heap      -40 -3 0 1 2 5 6 7 7 8 12 99
#include <stdio.h>
#include <string.h>
#define N 12
static void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
static void bubble(int *a, int n) { for (int i = 0; i < n; i++) for (int j = 0; j + 1 < n - i; j++) if (a[j] > a[j + 1]) swap(&a[j], &a[j + 1]); }
static void selection(int *a, int n) { for (int i = 0; i < n; i++) { int m = i; for (int j = i + 1; j < n; j++) if (a[j] < a[m]) m = j; swap(&a[i], &a[m]); } }
static void insertion(int *a, int n) { for (int i = 1; i < n; i++) { int k = a[i], j = i - 1; while (j >= 0 && a[j] > k) { a[j + 1] = a[j]; j--; } a[j + 1] = k; } }
static void merge_sort(int *a, int n, int *tmp) {
    if (n < 2) return;
    int h = n / 2;
    merge_sort(a, h, tmp); merge_sort(a + h, n - h, tmp);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}
static void quick(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) swap(&a[i++], &a[j--]); }
    quick(a, lo, j); quick(a, i, hi);
}
static void sift(int *a, int n, int i) {
    for (;;) { int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && a[l] > a[m]) m = l;
        if (r < n && a[r] > a[m]) m = r;
        if (m == i) return;
        swap(&a[i], &a[m]); i = m; }
}
static void heap(int *a, int n) { for (int i = n / 2 - 1; i >= 0; i--) sift(a, n, i); for (int e = n - 1; e > 0; e--) { swap(&a[0], &a[e]); sift(a, e, 0); } }
int main(void) {
    const int input[N] = { 5, -3, 12, 0, 7, 7, 99, -40, 1, 8, 2, 6 };
    const char *names[] = { "bubble", "selection", "insertion", "merge", "quick", "heap" };
    for (int s = 0; s < 6; s++) {
        int a[N], tmp[N];
        memcpy(a, input, sizeof a);
        switch (s) {
        case 0: bubble(a, N); break; case 1: selection(a, N); break; case 2: insertion(a, N); break;
        case 3: merge_sort(a, N, tmp); break; case 4: quick(a, 0, N - 1); break; case 5: heap(a, N); break;
        }
        printf("%-9s", names[s]);
        for (int i = 0; i < N; i++) printf(" %d", a[i]);
        printf("\n");
    }
    return 0;
}
