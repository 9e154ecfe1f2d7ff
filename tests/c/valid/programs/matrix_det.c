// Programs: Gaussian elimination with partial pivoting on a 4x4 system (doubles with exact results).
// expect-exit: 0
// expect-stdout:
// | x0 = -19.000000
// | x1 = 10.000000
// | x2 = -29.000000
// | x3 = 7.000000
#include <stdio.h>
#include <math.h>
#define N 4
static int solve(double a[N][N + 1], double x[N]) {
    for (int c = 0; c < N; c++) {
        int p = c;
        for (int r = c + 1; r < N; r++) if (fabs(a[r][c]) > fabs(a[p][c])) p = r;
        if (fabs(a[p][c]) < 1e-12) return 0;
        for (int k = 0; k <= N; k++) { double t = a[c][k]; a[c][k] = a[p][k]; a[p][k] = t; }
        for (int r = c + 1; r < N; r++) {
            double f = a[r][c] / a[c][c];
            for (int k = c; k <= N; k++) a[r][k] -= f * a[c][k];
        }
    }
    for (int r = N - 1; r >= 0; r--) {
        double s = a[r][N];
        for (int k = r + 1; k < N; k++) s -= a[r][k] * x[k];
        x[r] = s / a[r][r];
    }
    return 1;
}
int main(void) {
    double a[N][N + 1] = { { 2, 1, -1, 1, 8 }, { -3, -1, 2, 0, -11 }, { -2, 1, 2, 1, -3 }, { 1, 0, 0, 4, 9 } };
    double x[N];
    if (!solve(a, x)) { puts("singular"); return 1; }
    for (int i = 0; i < N; i++) printf("x%d = %.6f\n", i, x[i]);
    return 0;
}
