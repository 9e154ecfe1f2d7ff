// Idioms: 1-D dynamic programming: coin change (ways and minimum coins with choice tracking) and longest increasing subsequence in O(n log n).
// std: c17
// expect-exit: 0
// expect-stdout:
// | ways(100, US) = 292
// | ways(1000, US) = 801451
// | min coins for 14 with {1,7,10}: 2 (0x1 2x7 0x10)
// | min coins for 15 with {1,7,10}: 3 (1x1 2x7 0x10)
// | min coins for 63 with {1,7,10}: 9 (3x1 0x7 6x10)
// | min coins for 99 with {1,7,10}: 12 (2x1 1x7 9x10)
// | min coins for 7 with {4,6}: -1
// | lis length 6: 2 3 4 6 11 15
#include <limits.h>
#include <stdio.h>

static unsigned long long ways(const int *coins, int k, int amount) {
    unsigned long long w[1001] = { 1 };
    for (int c = 0; c < k; c++)
        for (int a = coins[c]; a <= amount; a++) w[a] += w[a - coins[c]];
    return w[amount];
}

static int min_coins(const int *coins, int k, int amount, int *used) {
    int best[1001], pick[1001];
    best[0] = 0;
    for (int a = 1; a <= amount; a++) {
        best[a] = INT_MAX; pick[a] = -1;
        for (int c = 0; c < k; c++)
            if (coins[c] <= a && best[a - coins[c]] != INT_MAX && best[a - coins[c]] + 1 < best[a]) { best[a] = best[a - coins[c]] + 1; pick[a] = c; }
    }
    if (best[amount] == INT_MAX) return -1;
    for (int c = 0; c < k; c++) used[c] = 0;
    for (int a = amount; a > 0; a -= coins[pick[a]]) used[pick[a]]++;
    return best[amount];
}

static int lis(const int *a, int n, int *out) {
    int tails[64], tail_idx[64], parent[64], len = 0;
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = len;
        while (lo < hi) { int mid = (lo + hi) / 2; if (tails[mid] < a[i]) lo = mid + 1; else hi = mid; }
        tails[lo] = a[i]; tail_idx[lo] = i;
        parent[i] = lo ? tail_idx[lo - 1] : -1;
        if (lo == len) len++;
    }
    for (int i = tail_idx[len - 1], k = len; i >= 0; i = parent[i]) out[--k] = a[i];
    return len;
}

int main(void) {
    const int us[] = { 1, 5, 10, 25, 50 }, odd[] = { 1, 7, 10 }, none[] = { 4, 6 };
    printf("ways(100, US) = %llu\n", ways(us, 5, 100));
    printf("ways(1000, US) = %llu\n", ways(us, 5, 1000));
    int used[5];
    int amounts[] = { 14, 15, 63, 99 };
    for (int i = 0; i < 4; i++) {
        int n = min_coins(odd, 3, amounts[i], used);
        printf("min coins for %d with {1,7,10}: %d (%dx1 %dx7 %dx10)\n", amounts[i], n, used[0], used[1], used[2]);
    }
    printf("min coins for 7 with {4,6}: %d\n", min_coins(none, 2, 7, used));
    int seq[] = { 10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 11, 15, 1 }, out[64];
    int n = lis(seq, 15, out);
    printf("lis length %d:", n);
    for (int i = 0; i < n; i++) printf(" %d", out[i]);
    printf("\n");
    return 0;
}
