/* matmul: multiplies two n x n double matrices stored row-major in single malloc'd blocks,
 * in i-k-j loop order, then multiplies the product by the first matrix again. Entries are small
 * multiples of 1/8, so every product and sum is exact and the printed checksums do not depend on
 * the order of the additions. Exercises: double multiply-add in a tight loop, 2-D indexing
 * computed by hand, sequential memory access over large arrays.
 *
 * usage: matmul [n]
 * bench-small: 40
 */
#include <stdio.h>
#include <stdlib.h>

static double *new_matrix(size_t n)
{
    double *m = malloc(n * n * sizeof *m);
    if (m == NULL) {
        fprintf(stderr, "matmul: out of memory\n");
        exit(1);
    }
    return m;
}

/* c = a * b */
static void multiply(const double *a, const double *b, double *c, size_t n)
{
    for (size_t i = 0; i < n * n; i++)
        c[i] = 0.0;
    for (size_t i = 0; i < n; i++) {
        double *row = &c[i * n];
        for (size_t k = 0; k < n; k++) {
            double aik = a[i * n + k];
            const double *brow = &b[k * n];
            for (size_t j = 0; j < n; j++)
                row[j] += aik * brow[j];
        }
    }
}

static void print_summary(const char *label, const double *m, size_t n)
{
    double total = 0.0;
    double trace = 0.0;
    double weighted = 0.0;
    for (size_t i = 0; i < n; i++) {
        trace += m[i * n + i];
        for (size_t j = 0; j < n; j++) {
            total += m[i * n + j];
            weighted += m[i * n + j] * (double)((i + 2 * j) % 5);
        }
    }
    printf("%s: total %.4f, trace %.4f, weighted %.4f\n", label, total, trace, weighted);
}

int main(int argc, char **argv)
{
    long size = argc > 1 ? strtol(argv[1], NULL, 10) : 500;
    if (size < 1 || size > 2000) {
        fprintf(stderr, "matmul: n must be between 1 and 2000\n");
        return 2;
    }
    size_t n = (size_t)size;
    double *a = new_matrix(n);
    double *b = new_matrix(n);
    double *c = new_matrix(n);
    double *d = new_matrix(n);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            a[i * n + j] = (double)((i * 7 + j * 3) % 11) / 8.0 - 0.5;
            b[i * n + j] = (double)((i * j + 5) % 9) / 8.0;
        }
    }
    multiply(a, b, c, n);
    print_summary("a*b", c, n);
    multiply(c, a, d, n);
    print_summary("a*b*a", d, n);
    free(a);
    free(b);
    free(c);
    free(d);
    return 0;
}
