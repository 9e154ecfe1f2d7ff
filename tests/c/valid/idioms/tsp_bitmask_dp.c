// Idioms: dynamic programming over subsets with bitmasks (Held-Karp travelling salesman on 9 cities), iterating masks in order, parent table for the tour.
// std: c17
// expect-exit: 0
// expect-stdout:
// | shortest tour 42: 0 5 7 6 4 8 3 2 1 0
// | recomputed 42, visiting in index order 52
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

enum { N = 9 };

int main(void) {
    int x[N] = { 0, 3, 6, 7, 5, 1, 8, 2, 4 }, y[N] = { 0, 1, 0, 4, 6, 5, 8, 8, 3 };
    int dist[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) dist[i][j] = abs(x[i] - x[j]) + abs(y[i] - y[j]);
    static int dp[1 << N][N];
    static signed char parent[1 << N][N];
    for (int m = 0; m < 1 << N; m++) for (int i = 0; i < N; i++) { dp[m][i] = INT_MAX; parent[m][i] = -1; }
    dp[1][0] = 0;
    for (int mask = 1; mask < 1 << N; mask += 2) {   /* city 0 is always in the set */
        for (int last = 0; last < N; last++) {
            if (!(mask >> last & 1) || dp[mask][last] == INT_MAX) continue;
            for (int next = 0; next < N; next++) {
                if (mask >> next & 1) continue;
                int nm = mask | 1 << next, c = dp[mask][last] + dist[last][next];
                if (c < dp[nm][next]) { dp[nm][next] = c; parent[nm][next] = (signed char)last; }
            }
        }
    }
    int full = (1 << N) - 1, best = INT_MAX, end = -1;
    for (int i = 1; i < N; i++) if (dp[full][i] != INT_MAX && dp[full][i] + dist[i][0] < best) { best = dp[full][i] + dist[i][0]; end = i; }
    int tour[N], k = N, mask = full;
    for (int c = end; c != -1; ) { tour[--k] = c; int p = parent[mask][c]; mask &= ~(1 << c); c = p; }
    printf("shortest tour %d:", best);
    for (int i = 0; i < N; i++) printf(" %d", tour[i]);
    printf(" 0\n");
    int check = 0;
    for (int i = 0; i < N; i++) check += dist[tour[i]][tour[(i + 1) % N]];
    int naive = 0;
    for (int i = 0; i < N; i++) naive += dist[i][(i + 1) % N];
    printf("recomputed %d, visiting in index order %d\n", check, naive);
    return check != best;
}
