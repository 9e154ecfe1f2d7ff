// Idioms: array techniques: prefix sums for range queries, 2-D summed-area tables, two-pointer windows on sorted data, Boyer-Moore majority vote, and difference arrays for range updates.
// std: c17
// expect-exit: 0
// expect-stdout:
// | range sums: [0,10) 15 [2,5) 0 [5,9) 10
// | max subarray sum 15 ending before 10
// | rect (1,1)-(2,3) sum 63, whole 210
// | pairs summing to 4: (-5,9) (-1,5) (1,3) -> 3
// | longest sorted window with sum <= 8: 9
// | majority candidate 2 with 6 of 9
// | after range updates: 10 10 7 7 7 4 4 4 7 107 107
#include <stdio.h>
#include <stdlib.h>

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }

int main(void) {
    int a[] = { 3, -1, 4, 1, -5, 9, 2, -6, 5, 3 };
    enum { N = sizeof a / sizeof a[0] };
    long pre[N + 1] = { 0 };
    for (int i = 0; i < N; i++) pre[i + 1] = pre[i] + a[i];
    printf("range sums: [0,10) %ld [2,5) %ld [5,9) %ld\n", pre[10] - pre[0], pre[5] - pre[2], pre[9] - pre[5]);
    /* Maximum subarray via prefix minimum. */
    long best = a[0], min_pre = 0;
    int best_end = 0;
    for (int i = 1; i <= N; i++) {
        if (pre[i] - min_pre > best) { best = pre[i] - min_pre; best_end = i; }
        if (pre[i] < min_pre) min_pre = pre[i];
    }
    printf("max subarray sum %ld ending before %d\n", best, best_end);

    int g[4][5] = { { 1, 2, 3, 4, 5 }, { 6, 7, 8, 9, 10 }, { 11, 12, 13, 14, 15 }, { 16, 17, 18, 19, 20 } };
    long sat[5][6] = { { 0 } };
    for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) sat[r + 1][c + 1] = g[r][c] + sat[r][c + 1] + sat[r + 1][c] - sat[r][c];
    printf("rect (1,1)-(2,3) sum %ld, whole %ld\n", sat[3][4] - sat[1][4] - sat[3][1] + sat[1][1], sat[4][5]);

    int s[N];
    for (int i = 0; i < N; i++) s[i] = a[i];
    qsort(s, N, sizeof s[0], cmp_int);
    int target = 4, pairs = 0;
    printf("pairs summing to %d:", target);
    for (int i = 0, j = N - 1; i < j; ) {
        int sum = s[i] + s[j];
        if (sum == target) { printf(" (%d,%d)", s[i], s[j]); pairs++; i++; j--; }
        else if (sum < target) i++;
        else j--;
    }
    printf(" -> %d\n", pairs);
    int longest = 0, lo = 0;
    long window = 0;
    for (int hi = 0; hi < N; hi++) {
        window += s[hi];
        while (window > 8) window -= s[lo++];
        if (hi - lo + 1 > longest) longest = hi - lo + 1;
    }
    printf("longest sorted window with sum <= 8: %d\n", longest);

    int votes[] = { 2, 7, 2, 2, 5, 2, 7, 2, 2 };
    int cand = 0, count = 0;
    for (int i = 0; i < 9; i++) { if (count == 0) cand = votes[i]; count += votes[i] == cand ? 1 : -1; }
    int occurrences = 0;
    for (int i = 0; i < 9; i++) occurrences += votes[i] == cand;
    printf("majority candidate %d with %d of 9\n", cand, occurrences);

    long diff[12] = { 0 };
    int updates[][3] = { { 0, 4, 10 }, { 2, 7, -3 }, { 5, 10, 7 }, { 9, 10, 100 } };
    for (int u = 0; u < 4; u++) { diff[updates[u][0]] += updates[u][2]; diff[updates[u][1] + 1] -= updates[u][2]; }
    printf("after range updates:");
    long run = 0;
    for (int i = 0; i <= 10; i++) { run += diff[i]; printf(" %ld", run); }
    printf("\n");
    return 0;
}
