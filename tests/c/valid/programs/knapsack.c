// Programs: 0/1 knapsack by dynamic programming, with item reconstruction.
// expect-exit: 0
// expect-stdout:
// | best 24
// | items: 5 3 2 1 0
#include <stdio.h>
#define NI 6
#define CAP 15
int main(void) {
    int wt[NI] = { 1, 5, 3, 4, 6, 2 }, val[NI] = { 1, 9, 5, 6, 8, 3 };
    int best[NI + 1][CAP + 1] = { { 0 } };
    for (int i = 1; i <= NI; i++)
        for (int c = 0; c <= CAP; c++) {
            best[i][c] = best[i - 1][c];
            if (wt[i - 1] <= c && best[i - 1][c - wt[i - 1]] + val[i - 1] > best[i][c])
                best[i][c] = best[i - 1][c - wt[i - 1]] + val[i - 1];
        }
    printf("best %d\n", best[NI][CAP]);
    int c = CAP;
    printf("items:");
    for (int i = NI; i > 0; i--)
        if (best[i][c] != best[i - 1][c]) { printf(" %d", i - 1); c -= wt[i - 1]; }
    printf("\n");
    return 0;
}
