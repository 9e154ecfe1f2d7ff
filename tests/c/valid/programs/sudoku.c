// Programs: a backtracking 4x4 sudoku solver.
// expect-exit: 0
// expect-stdout:
// | 1 3 2 4
// | 4 2 3 1
// | 2 4 1 3
// | 3 1 4 2
#include <stdio.h>
static int g[4][4] = { { 1, 0, 0, 0 }, { 0, 0, 3, 0 }, { 0, 4, 0, 0 }, { 0, 0, 0, 2 } };
static int ok(int r, int c, int v) {
    for (int i = 0; i < 4; i++) if (g[r][i] == v || g[i][c] == v) return 0;
    int br = r / 2 * 2, bc = c / 2 * 2;
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) if (g[br + i][bc + j] == v) return 0;
    return 1;
}
static int solve(int pos) {
    if (pos == 16) return 1;
    int r = pos / 4, c = pos % 4;
    if (g[r][c]) return solve(pos + 1);
    for (int v = 1; v <= 4; v++)
        if (ok(r, c, v)) { g[r][c] = v; if (solve(pos + 1)) return 1; g[r][c] = 0; }
    return 0;
}
int main(void) {
    if (!solve(0)) { puts("no solution"); return 1; }
    for (int r = 0; r < 4; r++) printf("%d %d %d %d\n", g[r][0], g[r][1], g[r][2], g[r][3]);
    return 0;
}
