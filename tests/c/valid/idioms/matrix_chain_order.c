// Idioms: interval dynamic programming: matrix-chain multiplication order with a cost table and split table, and recursive printing of the optimal parenthesization into a buffer.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 3 matrices: best 4500 vs left-to-right 4500: ((A1 x A2) x A3)
// | 4 matrices: best 26000 vs left-to-right 48000: ((A1 x (A2 x A3)) x A4)
// | 6 matrices: best 15125 vs left-to-right 40500: ((A1 x (A2 x A3)) x ((A4 x A5) x A6))
// | 6 matrices: best 2010 vs left-to-right 3380: ((A1 x A2) x ((A3 x A4) x (A5 x A6)))
// | 1 matrices: best 0 vs left-to-right 0: A1
#include <limits.h>
#include <stdio.h>
#include <string.h>

#define MAXN 10
static long cost[MAXN][MAXN];
static int split[MAXN][MAXN];

static void paren(int i, int j, char *out, size_t size) {
    char piece[16];
    if (i == j) { snprintf(piece, sizeof piece, "A%d", i + 1); strncat(out, piece, size - strlen(out) - 1); return; }
    strncat(out, "(", size - strlen(out) - 1);
    paren(i, split[i][j], out, size);
    strncat(out, " x ", size - strlen(out) - 1);
    paren(split[i][j] + 1, j, out, size);
    strncat(out, ")", size - strlen(out) - 1);
}

static long solve(const long *dims, int n) {
    for (int i = 0; i < n; i++) cost[i][i] = 0;
    for (int len = 2; len <= n; len++)
        for (int i = 0; i + len - 1 < n; i++) {
            int j = i + len - 1;
            cost[i][j] = LONG_MAX;
            for (int k = i; k < j; k++) {
                long c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1];
                if (c < cost[i][j]) { cost[i][j] = c; split[i][j] = k; }
            }
        }
    return cost[0][n - 1];
}

static long left_to_right(const long *dims, int n) {
    long c = 0;
    for (int k = 1; k < n; k++) c += dims[0] * dims[k] * dims[k + 1];
    return c;
}

int main(void) {
    const long chains[][8] = { { 10, 30, 5, 60 }, { 40, 20, 30, 10, 30 }, { 30, 35, 15, 5, 10, 20, 25 }, { 5, 10, 3, 12, 5, 50, 6 }, { 2, 3 } };
    const int counts[] = { 3, 4, 6, 6, 1 };
    for (int t = 0; t < 5; t++) {
        char buf[256] = "";
        long best = solve(chains[t], counts[t]);
        paren(0, counts[t] - 1, buf, sizeof buf);
        printf("%d matrices: best %ld vs left-to-right %ld: %s\n", counts[t], best, left_to_right(chains[t], counts[t]), buf);
    }
    return 0;
}
