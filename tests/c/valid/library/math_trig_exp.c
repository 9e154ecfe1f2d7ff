// Library: the trigonometric, hyperbolic, exponential and logarithmic functions of <math.h>, to the last bit.
// expect-exit: 0
// expect-stdout: see math_trig_exp.out
#include <math.h>
#include <stdio.h>
int main(void) {
    static const double xs[] = { 0.0, -0.0, 0.1, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 10.0, 100.5, -0.3, -2.25, 1e-8, 1e10 };
    for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double x = xs[i];
        printf("x=%g\n", x);
        printf(" sin %a cos %a tan %a\n", sin(x), cos(x), tan(x));
        printf(" atan %a atan2 %a sinh %a cosh %a tanh %a\n", atan(x), atan2(x, 1.5), sinh(x), cosh(x), tanh(x));
        printf(" asinh %a exp %a exp2 %a expm1 %a\n", asinh(x), exp(x), exp2(x), expm1(x));
        if (fabs(x) <= 1.0) printf(" asin %a acos %a\n", asin(x), acos(x));
        if (fabs(x) < 1.0) printf(" atanh %a\n", atanh(x));
        if (x >= 1.0) printf(" acosh %a\n", acosh(x));
        if (x > 0.0) printf(" log %a log2 %a log10 %a\n", log(x), log2(x), log10(x));
        if (x > -1.0) printf(" log1p %a\n", log1p(x));
        printf(" %.17g %.17g\n", sin(x) * cos(x), exp(-x * x));
    }
    return 0;
}
