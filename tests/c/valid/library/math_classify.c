// Library: fpclassify, isnan, isinf, isfinite, isnormal, signbit and the quiet comparison macros on float, double and long double.
// expect-exit: 0
// expect-stdout:
// | 0: zero nan0 inf0 fin1 norm0 sign0
// | -0: zero nan0 inf0 fin1 norm0 sign1
// | 1: normal nan0 inf0 fin1 norm1 sign0
// | -2.5: normal nan0 inf0 fin1 norm1 sign1
// | 2.22507e-308: normal nan0 inf0 fin1 norm1 sign0
// | 5.56268e-309: subnormal nan0 inf0 fin1 norm0 sign0
// | 1.79769e+308: normal nan0 inf0 fin1 norm1 sign0
// | inf: inf nan0 inf1 fin0 norm0 sign0
// | -inf: inf nan0 inf1 fin0 norm0 sign1
// | nan: nan nan1 inf0 fin0 norm0 sign0
// | -nan: nan nan1 inf0 fin0 norm0 sign1
// | float subnormal normal subnormal
// | long double normal 1
// | cmp 1 0 1 0 1 1
// | nan nan -nan nan inf inf -inf
#include <float.h>
#include <math.h>
#include <stdio.h>
static const char *cls(int c) {
    return c == FP_NAN ? "nan" : c == FP_INFINITE ? "inf" : c == FP_ZERO ? "zero" : c == FP_SUBNORMAL ? "subnormal" : c == FP_NORMAL ? "normal" : "?";
}
int main(void) {
    double ds[] = { 0.0, -0.0, 1.0, -2.5, DBL_MIN, DBL_MIN / 4, DBL_MAX, INFINITY, -INFINITY, NAN, -NAN };
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++) {
        double d = ds[i];
        printf("%g: %s nan%d inf%d fin%d norm%d sign%d\n", d, cls(fpclassify(d)), isnan(d) != 0, isinf(d) != 0, isfinite(d) != 0,
               isnormal(d) != 0, signbit(d) != 0);
    }
    float f = FLT_MIN / 2;
    printf("float %s %s %s\n", cls(fpclassify(f)), cls(fpclassify(1e-40)), cls(fpclassify((float)1e-40)));
    long double l = 1.0L;
    printf("long double %s %d\n", cls(fpclassify(l)), isfinite(l) != 0);
    double n = NAN;
    printf("cmp %d %d %d %d %d %d\n", isgreater(2.0, 1.0), isgreaterequal(1.0, n), isless(1.0, 2.0), islessequal(n, n), islessgreater(1.0, 2.0),
           isunordered(1.0, n));
    printf("nan %f %f %f inf %f %e\n", NAN, -NAN, nan(""), INFINITY, -HUGE_VAL);
    return 0;
}
