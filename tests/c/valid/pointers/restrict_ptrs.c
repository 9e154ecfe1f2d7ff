// Pointers: restrict-qualified parameters used correctly (no overlapping access).
// expect-exit: 0
// expect-stdout:
// | 10.5 21.0 31.5
// | 3 4 6 7
#include <stdio.h>
static void axpy(int n, double a, const double *restrict x, double *restrict y) {
    for (int i = 0; i < n; i++) y[i] += a * x[i];
}
static void split(const int *restrict src, int n, int *restrict even, int *restrict odd, int *ne, int *no) {
    *ne = *no = 0;
    for (int i = 0; i < n; i++) {
        if (src[i] % 2 == 0) even[(*ne)++] = src[i];
        else odd[(*no)++] = src[i];
    }
}
int main(void) {
    double x[3] = { 1, 2, 3 }, y[3] = { 10, 20, 30 };
    axpy(3, 0.5, x, y);
    printf("%.1f %.1f %.1f\n", y[0], y[1], y[2]);
    int src[] = { 1, 2, 3, 4, 5, 6, 7 }, ev[7], od[7], ne, no;
    split(src, 7, ev, od, &ne, &no);
    printf("%d %d %d %d\n", ne, no, ev[ne - 1], od[no - 1]);
    return 0;
}
