// Idioms: restrict-qualified kernels (saxpy, dot product, 3-point stencil, memcpy-like copy) called with distinct buffers, and a non-restrict in-place version for overlap.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 1.0000 2.5000 4.3333 6.2500 8.2000 10.1667 12.1429 14.1250 
// | dot 35
// | 0.000 1.562 9.375 23.438 31.250 23.438 9.375 1.562 0.000 
// | abcdefghabcdefgh
// | 012345
#include <stddef.h>
#include <stdio.h>

static void saxpy(size_t n, float a, const float *restrict x, float *restrict y) {
    for (size_t i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}

static double dot(size_t n, const double *restrict a, const double *restrict b) {
    double s = 0;
    for (size_t i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

static void stencil(size_t n, const double *restrict in, double *restrict out) {
    out[0] = in[0];
    out[n - 1] = in[n - 1];
    for (size_t i = 1; i + 1 < n; i++) out[i] = 0.25 * in[i - 1] + 0.5 * in[i] + 0.25 * in[i + 1];
}

static void copy_bytes(void *restrict dst, const void *restrict src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--) *d++ = *s++;
}

/* Overlapping shift must not use restrict: the same array is read and written. */
static void shift_right(int *a, size_t n) { for (size_t i = n - 1; i > 0; i--) a[i] = a[i - 1]; a[0] = 0; }

int main(void) {
    float x[8], y[8];
    for (int i = 0; i < 8; i++) { x[i] = (float)i; y[i] = 1.0f / (float)(i + 1); }
    saxpy(8, 2.0f, x, y);
    for (int i = 0; i < 8; i++) printf("%.4f ", (double)y[i]);
    printf("\n");
    double a[5] = { 1, 2, 3, 4, 5 }, b[5] = { 5, 4, 3, 2, 1 };
    printf("dot %g\n", dot(5, a, b));
    double heat[9] = { 0, 0, 0, 0, 100, 0, 0, 0, 0 }, next[9];
    for (int step = 0; step < 3; step++) {
        stencil(9, heat, next);
        copy_bytes(heat, next, sizeof heat);
    }
    for (int i = 0; i < 9; i++) printf("%.3f ", heat[i]);
    printf("\n");
    /* Two halves of one array are distinct objects as far as restrict is concerned. */
    char buf[16] = "abcdefgh";
    copy_bytes(buf + 8, buf, 8);
    printf("%.16s\n", buf);
    int v[6] = { 1, 2, 3, 4, 5, 6 };
    shift_right(v, 6);
    for (int i = 0; i < 6; i++) printf("%d", v[i]);
    printf("\n");
    return 0;
}
