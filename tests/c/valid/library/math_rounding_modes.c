// Library: ceil, floor, trunc, round, lround, llround, rint, lrint, llrint, nearbyint on ties and negatives, in float, double and long double.
// expect-exit: 0
// expect-stdout: see math_rounding_modes.out
#include <math.h>
#include <stdio.h>
int main(void) {
    static const double xs[] = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999999999999996, 0.49999999999999994, 3.7, -3.7, 1e15 + 0.5, -0.0, 4503599627370497.0 };
    for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double x = xs[i];
        printf("%.17g: ceil %g floor %g trunc %g round %g rint %g nearbyint %g lround %ld llround %lld lrint %ld llrint %lld\n",
               x, ceil(x), floor(x), trunc(x), round(x), rint(x), nearbyint(x), lround(x), llround(x), lrint(x), llrint(x));
        float f = (float)x;
        printf("  f: %g %g %g %g %g %ld %ld\n", ceilf(f), floorf(f), truncf(f), roundf(f), rintf(f), lroundf(f), lrintf(f));
        long double l = x;
        printf("  l: %g %g %g %g\n", (double)ceill(l), (double)floorl(l), (double)roundl(l), (double)truncl(l));
    }
    printf("signs: %g %g %g %g\n", ceil(-0.5), round(-0.4), trunc(-0.7), rint(-0.5));
    return 0;
}
