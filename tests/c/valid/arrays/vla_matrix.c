// Arrays: VLA parameters for dynamically sized matrices, allocated with malloc as pointer-to-VLA.
// expect-exit: 0
// expect-stdout:
// | 2 2.0 16
// | 3 3.0 24
// | 4 4.0 32
#include <stdio.h>
#include <stdlib.h>
static void identity(int n, double m[n][n]) {
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i][j] = i == j;
}
static double trace(int n, double m[n][n]) {
    double t = 0;
    for (int i = 0; i < n; i++) t += m[i][i];
    return t;
}
int main(void) {
    for (int n = 2; n <= 4; n++) {
        double (*m)[n] = malloc(sizeof(double[n][n]));
        identity(n, m);
        m[0][n - 1] = 5;
        printf("%d %.1f %zu\n", n, trace(n, m), sizeof(m[0]));
        free(m);
    }
    return 0;
}
