// Idioms: matrices as VLAs and VLA parameters (double a[n][m]), pointers to rows, transposition, products, LU solve.
// std: c17
// expect-exit: 0
// expect-stdout:
// | a (2x3):
// |     1.000    2.000    3.000
// |     4.000    5.000    6.000
// | a^T (3x2):
// |     1.000    4.000
// |     2.000    5.000
// |     3.000    6.000
// | a a^T (2x2):
// |    14.000   32.000
// |    32.000   77.000
// | row pointer stride 16 bytes, sizeof row 16
// | solved 1: 1.000000 2.000000 3.000000 4.000000
// | sizeof sys 160
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

static void mat_mul(int n, int m, int p, const double a[n][m], const double b[m][p], double out[n][p]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int k = 0; k < m; k++) s += a[i][k] * b[k][j];
            out[i][j] = s;
        }
}

static void transpose(int n, int m, const double a[n][m], double t[m][n]) {
    for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) t[j][i] = a[i][j];
}

static void print_mat(const char *name, int n, int m, const double a[n][m]) {
    printf("%s (%dx%d):\n", name, n, m);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) printf(" %8.3f", a[i][j]);
        printf("\n");
    }
}

/* Gaussian elimination with partial pivoting on an augmented matrix a[n][n+1]. */
static int solve(int n, double a[n][n + 1], double x[n]) {
    for (int col = 0; col < n; col++) {
        int piv = col;
        for (int r = col + 1; r < n; r++) if (fabs(a[r][col]) > fabs(a[piv][col])) piv = r;
        if (fabs(a[piv][col]) < 1e-12) return 0;
        if (piv != col) for (int k = 0; k <= n; k++) { double t = a[col][k]; a[col][k] = a[piv][k]; a[piv][k] = t; }
        for (int r = col + 1; r < n; r++) {
            double f = a[r][col] / a[col][col];
            for (int k = col; k <= n; k++) a[r][k] -= f * a[col][k];
        }
    }
    for (int i = n - 1; i >= 0; i--) {
        double s = a[i][n];
        for (int k = i + 1; k < n; k++) s -= a[i][k] * x[k];
        x[i] = s / a[i][i];
    }
    return 1;
}

int main(void) {
    int n = 2, m = 3;
    double a[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    double (*at)[n] = malloc(sizeof(double[m][n]));
    double (*prod)[n] = malloc(sizeof(double[n][n]));
    if (!at || !prod) return 1;
    transpose(n, m, (const double (*)[3])a, at);
    print_mat("a", n, m, (const double (*)[3])a);
    print_mat("a^T", m, n, (const double (*)[2])at);
    mat_mul(n, m, n, (const double (*)[3])a, (const double (*)[2])at, prod);
    print_mat("a a^T", n, n, (const double (*)[2])prod);
    printf("row pointer stride %td bytes, sizeof row %zu\n", (char *)(at + 1) - (char *)at, sizeof at[0]);

    int k = 4;
    double sys[k][k + 1];
    /* A diagonally dominant system whose solution is 1, 2, 3, 4. */
    for (int i = 0; i < k; i++) {
        double rhs = 0;
        for (int j = 0; j < k; j++) { sys[i][j] = i == j ? 10.0 : (double)(i + j) / 4.0; rhs += sys[i][j] * (j + 1); }
        sys[i][k] = rhs;
    }
    double x[k];
    int ok = solve(k, sys, x);
    printf("solved %d:", ok);
    for (int i = 0; i < k; i++) printf(" %.6f", x[i]);
    printf("\nsizeof sys %zu\n", sizeof sys);
    free(at);
    free(prod);
    return 0;
}
