// Arrays: passing 2-D arrays to functions with fixed inner dimension; row pointers.
// expect-exit: 0
// expect-stdout:
// | 20 52 84
// | 24 10
#include <stdio.h>
static int row_sum(const int row[4]) { int s = 0; for (int i = 0; i < 4; i++) s += row[i]; return s; }
static void scale(int m[][4], int rows, int k) { for (int r = 0; r < rows; r++) for (int c = 0; c < 4; c++) m[r][c] *= k; }
int main(void) {
    int m[3][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
    scale(m, 3, 2);
    for (int r = 0; r < 3; r++) printf("%d%c", row_sum(m[r]), r < 2 ? ' ' : '\n');
    int (*last)[4] = &m[2];
    printf("%d %d\n", (*last)[3], m[1][0]);
    return 0;
}
