/* spectralnorm: estimates the largest singular value of the infinite matrix
 * a(i,j) = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to n x n, by ten rounds of the power method on
 * A^T A. Exercises: double arithmetic, a small function called in the innermost loop, malloc'd
 * double arrays, sqrt.
 *
 * usage: spectralnorm [n]
 * bench-small: 100
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double entry(long i, long j)
{
    return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

/* out = A x */
static void times_a(const double *x, double *out, long n)
{
    for (long i = 0; i < n; i++) {
        double sum = 0.0;
        for (long j = 0; j < n; j++)
            sum += entry(i, j) * x[j];
        out[i] = sum;
    }
}

/* out = A^T x */
static void times_a_transposed(const double *x, double *out, long n)
{
    for (long i = 0; i < n; i++) {
        double sum = 0.0;
        for (long j = 0; j < n; j++)
            sum += entry(j, i) * x[j];
        out[i] = sum;
    }
}

/* out = A^T A x, using tmp as scratch space. */
static void times_ata(const double *x, double *out, double *tmp, long n)
{
    times_a(x, tmp, n);
    times_a_transposed(tmp, out, n);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1800;
    if (n < 1) {
        fprintf(stderr, "spectralnorm: n must be positive\n");
        return 2;
    }
    double *u = malloc((size_t)n * sizeof *u);
    double *v = malloc((size_t)n * sizeof *v);
    double *tmp = malloc((size_t)n * sizeof *tmp);
    if (u == NULL || v == NULL || tmp == NULL) {
        fprintf(stderr, "spectralnorm: out of memory\n");
        return 1;
    }
    for (long i = 0; i < n; i++)
        u[i] = 1.0;
    for (int round = 0; round < 10; round++) {
        times_ata(u, v, tmp, n);
        times_ata(v, u, tmp, n);
    }
    double uv = 0.0;
    double vv = 0.0;
    for (long i = 0; i < n; i++) {
        uv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("n = %ld\n", n);
    printf("spectral norm: %.9f\n", sqrt(uv / vv));
    free(u);
    free(v);
    free(tmp);
    return 0;
}
