// Library: erf, erfc, tgamma, lgamma (with signgam), cbrt, hypot and pow's special cases.
// expect-exit: 0
// expect-stdout:
// | 0: erf 0 erfc 1 cbrt 0
// | 0.5: erf 0.52049987781304652 erfc 0.47950012218695348 cbrt 0.79370052598409979 tgamma 1.7724538509055161 lgamma 0.57236494292470008 sign 1
// | 1: erf 0.84270079294971489 erfc 0.15729920705028513 cbrt 1 tgamma 1 lgamma 0 sign 1
// | 2.5: erf 0.99959304798255499 erfc 0.00040695201744495892 cbrt 1.3572088082974532 tgamma 1.329340388179137 lgamma 0.28468287047291918 sign 1
// | -0.5: erf -0.52049987781304652 erfc 1.5204998778130465 cbrt -0.79370052598409979 tgamma -3.5449077018110318 lgamma 1.2655121234846454 sign -1
// | -2.5: erf -0.99959304798255499 erfc 1.999593047982555 cbrt -1.3572088082974532 tgamma -0.9453087204829419 lgamma -0.056243716497674068 sign -1
// | 5: erf 0.99999999999846256 erfc 1.5374597944280351e-12 cbrt 1.7099759466766968 tgamma 24 lgamma 3.1780538303479458 sign 1
// | 10: erf 1 erfc 2.0884875837625449e-45 cbrt 2.1544346900318834 tgamma 362880 lgamma 12.801827480081471 sign 1
// | 0.001: erf 0.0011283787909692365 erfc 0.99887162120903072 cbrt 0.10000000000000001 tgamma 999.42377248459559 lgamma 6.9071788853838534 sign 1
// | 27: erf 1 erfc 5.2370464393526292e-319 cbrt 3.0000000000000004 tgamma 4.0329146112660572e+26 lgamma 61.261701761002001 sign 1
// | -8: erf -1 erfc 2 cbrt -2 tgamma nan lgamma inf sign 1
// | hypot 5 1.4142135623730952e+300 inf
// | pow 1 1 1 -nan -8 1 -inf
// | pow 2.7182816941320818 4.9406564584124654e-324 1e+22
#define _DEFAULT_SOURCE
#include <math.h>
#include <stdio.h>
int main(void) {
    static const double xs[] = { 0.0, 0.5, 1.0, 2.5, -0.5, -2.5, 5.0, 10.0, 0.001, 27.0, -8.0 };
    for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double x = xs[i];
        printf("%g: erf %.17g erfc %.17g cbrt %.17g", x, erf(x), erfc(x), cbrt(x));
        if (x != 0.0) {
            double lg = lgamma(x);
            printf(" tgamma %.17g lgamma %.17g sign %d", tgamma(x), lg, signgam);
        }
        printf("\n");
    }
    printf("hypot %.17g %.17g %g\n", hypot(3.0, 4.0), hypot(1e300, 1e300), hypot(INFINITY, NAN));
    printf("pow %g %g %g %g %g %g %g\n", pow(-1.0, INFINITY), pow(1.0, NAN), pow(NAN, 0.0), pow(-8.0, 1.0 / 3.0), pow(-2.0, 3.0),
           pow(0.0, 0.0), pow(-0.0, -3.0));
    printf("pow %.17g %.17g %.17g\n", pow(1.0000001, 1e7), pow(2.0, -1074.0), pow(10.0, 22.0));
    return 0;
}
