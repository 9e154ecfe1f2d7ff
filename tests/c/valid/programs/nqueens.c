// Programs: N-queens backtracking: solution counts for N = 1..8 and the first 6x6 board.
// expect-exit: 0
// expect-stdout:
// | 1 0 0 2 10 4 40 92
// | .Q....
// | ...Q..
// | .....Q
// | Q.....
// | ..Q...
// | ....Q.
#include <stdio.h>
static int cols[16];
static int ok(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = cols[r];
        if (c == col || c - col == r - row || c - col == row - r) return 0;
    }
    return 1;
}
static int solve(int n, int row, int print_first) {
    if (row == n) {
        if (print_first) for (int r = 0; r < n; r++) { for (int c = 0; c < n; c++) putchar(cols[r] == c ? 'Q' : '.'); putchar('\n'); }
        return 1;
    }
    int count = 0;
    for (int c = 0; c < n; c++)
        if (ok(row, c)) { cols[row] = c; count += solve(n, row + 1, print_first && count == 0); }
    return count;
}
int main(void) {
    for (int n = 1; n <= 8; n++) printf("%d%c", solve(n, 0, 0), n < 8 ? ' ' : '\n');
    solve(6, 0, 1);
    return 0;
}
