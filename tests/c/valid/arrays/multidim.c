// Arrays: multidimensional arrays: row-major layout, decay of rows, sizeof of sub-arrays.
// expect-exit: 0
// expect-stdout:
// | 96 48 16 4
// | 23 14
// | 23
// | 17
// | 17
#include <stdio.h>
int main(void) {
    int a[2][3][4];
    int n = 0;
    for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) a[i][j][k] = n++;
    printf("%zu %zu %zu %zu\n", sizeof a, sizeof a[0], sizeof a[0][0], sizeof a[0][0][0]);
    printf("%d %d\n", a[1][2][3], a[1][0][2]);
    int *row = &a[1][2][0];
    printf("%d\n", row[3]);
    int (*plane)[4] = a[1];
    printf("%d\n", plane[1][1]);
    printf("%d\n", *(*(*(a + 1) + 1) + 1));
    return 0;
}
