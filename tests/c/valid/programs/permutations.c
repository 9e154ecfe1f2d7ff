// Programs: generate permutations in lexicographic order (next_permutation) and combinations.
// expect-exit: 0
// expect-stdout:
// | 123
// | 132
// | 213
// | 231
// | 312
// | 321
// | 3 distinct
// | 012
// | 013
// | 014
// | C(5,3)=10
#include <stdio.h>
static int next_perm(int *a, int n) {
    int i = n - 2;
    while (i >= 0 && a[i] >= a[i + 1]) i--;
    if (i < 0) return 0;
    int j = n - 1;
    while (a[j] <= a[i]) j--;
    int t = a[i]; a[i] = a[j]; a[j] = t;
    for (int l = i + 1, r = n - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
    return 1;
}
static void combos(int n, int k, int start, int *cur, int depth, int *count) {
    if (depth == k) { (*count)++; if (*count <= 3) { for (int i = 0; i < k; i++) printf("%d", cur[i]); printf("\n"); } return; }
    for (int i = start; i < n; i++) { cur[depth] = i; combos(n, k, i + 1, cur, depth + 1, count); }
}
int main(void) {
    int a[] = { 1, 2, 3 };
    do printf("%d%d%d\n", a[0], a[1], a[2]); while (next_perm(a, 3));
    int b[] = { 1, 1, 2 }, n = 1;
    while (next_perm(b, 3)) n++;
    printf("%d distinct\n", n);
    int cur[3], count = 0;
    combos(5, 3, 0, cur, 0, &count);
    printf("C(5,3)=%d\n", count);
    return 0;
}
