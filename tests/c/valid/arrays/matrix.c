// Arrays: matrix multiplication, transpose and determinant with fixed-size 2-D arrays.
// expect-exit: 0
// expect-stdout:
// |   14  14  17
// |   14  17   6
// |   17   6  61
// | det=1
#include <stdio.h>
#define N 3
static void mul(const int a[N][N], const int b[N][N], int r[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            r[i][j] = 0;
            for (int k = 0; k < N; k++) r[i][j] += a[i][k] * b[k][j];
        }
}
static int det(const int m[N][N]) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
         - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
         + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}
static void print(const int m[N][N]) {
    for (int i = 0; i < N; i++) printf("%4d%4d%4d\n", m[i][0], m[i][1], m[i][2]);
}
int main(void) {
    int a[N][N] = { { 1, 2, 3 }, { 0, 1, 4 }, { 5, 6, 0 } };
    int t[N][N], r[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) t[j][i] = a[i][j];
    mul((const int (*)[N])a, (const int (*)[N])t, r);
    print((const int (*)[N])r);
    printf("det=%d\n", det((const int (*)[N])a));
    return 0;
}
