// Statements: variable length arrays: sizes at run time, sizeof evaluated, 2-D VLAs, typedef of VLA.
// expect-exit: 0
// expect-stdout:
// | 8 1
// | 16 3
// | 24 5
// | 15 48 16
// | 16
// | 5
#include <stdio.h>
static int trace(int n, int m, int a[n][m]) {
    int t = 0;
    for (int i = 0; i < n && i < m; i++) t += a[i][i];
    return t;
}
int main(void) {
    for (int n = 1; n <= 3; n++) {
        int v[n * 2];
        for (int i = 0; i < n * 2; i++) v[i] = i;
        printf("%zu %d\n", sizeof v, v[n * 2 - 1]);
    }
    int n = 3, m = 4;
    int grid[n][m];
    for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) grid[i][j] = i * m + j;
    printf("%d %zu %zu\n", trace(n, m, grid), sizeof grid, sizeof grid[0]);
    typedef int Row[m];
    m = 100;              /* the typedef's size was fixed when it was declared */
    printf("%zu\n", sizeof(Row));
    int k = 2;
    int (*p)[k + 2] = grid;   /* a VLA pointer type whose size (4) matches the rows of grid */
    printf("%d\n", p[1][1]);
    return 0;
}
