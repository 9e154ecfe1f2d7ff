// Expressions: IEEE special values: infinity, NaN comparisons, signed zero, overflow to inf.
// expect-exit: 0
// expect-stdout:
// | 1 1 1
// | 0 1 0 0
// | 1 1 -0.0
// | inf -inf
// | 1
// | 0 -0
// | 1
#include <stdio.h>
#include <math.h>
int main(void) {
    double inf = INFINITY, nan_v = NAN, big = 1e308;
    printf("%d %d %d\n", inf > big, -inf < -big, big * 10 == inf);
    printf("%d %d %d %d\n", nan_v == nan_v, nan_v != nan_v, nan_v < 1, nan_v > 1);
    double nz = -0.0;
    printf("%d %d %.1f\n", nz == 0.0, signbit(nz) != 0, nz);
    printf("%f %f\n", inf, -inf);
    printf("%d\n", isnan(inf - inf) != 0);
    printf("%g %g\n", 1 / inf, -1 / inf);
    float f = 3.4e38f;
    printf("%d\n", isinf(f * 10.0f) != 0);
    return 0;
}
