// Library: math.h functions on values with exactly representable or well-rounded results.
// expect-exit: 0
// expect-stdout:
// | 1.4142 1024.0000 3.5000
// | -3.0 -2.0 3.0 -2.0
// | 0.0000 1.0000 3.1416
// | 2.7183 2.0000 3.0000
// | 1.50 5.00
// | 1 1 1
// | 2.0 3.0
// | 0.750 6 12.0
// | 3.000
// | 3.00 0.25
// | -2.0 4.0
#include <stdio.h>
#include <math.h>
int main(void) {
    printf("%.4f %.4f %.4f\n", sqrt(2.0), pow(2.0, 10), fabs(-3.5));
    printf("%.1f %.1f %.1f %.1f\n", floor(-2.5), ceil(-2.5), round(2.5), trunc(-2.7));
    printf("%.4f %.4f %.4f\n", sin(0.0), cos(0.0), atan2(1.0, 1.0) * 4);
    printf("%.4f %.4f %.4f\n", exp(1.0), log(exp(2.0)), log10(1000.0));
    printf("%.2f %.2f\n", fmod(7.5, 2.0), hypot(3.0, 4.0));
    printf("%d %d %d\n", isnan(NAN) != 0, isinf(INFINITY) != 0, isfinite(1.0) != 0);
    printf("%.1f %.1f\n", fmin(2.0, 3.0), fmax(2.0, 3.0));
    int e;
    double m = frexp(48.0, &e);
    printf("%.3f %d %.1f\n", m, e, ldexp(0.75, 4));
    printf("%.3f\n", cbrt(27.0));
    double ip, fp = modf(3.25, &ip);
    printf("%.2f %.2f\n", ip, fp);
    printf("%.1f %.1f\n", copysign(2.0, -1.0), sqrtf(16.0f));
    return 0;
}
