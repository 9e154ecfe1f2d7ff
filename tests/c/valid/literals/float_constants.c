// Literals: decimal and hexadecimal floating constants, exponents, f/F/l/L suffixes.
// expect-exit: 0
// expect-stdout:
// | 1.5 0.5 5 1000
// | 0.0015 200 12.5
// | 1 3 2.5
// | 0.5 3.40282e+38
// | double float float long double long double
// | float long double
// | 0.10000000000000001
// | 0.100000001
// | 0x1p+0
#include <stdio.h>
#define T(x) _Generic((x), float: "float", double: "double", long double: "long double")
int main(void) {
    printf("%g %g %g %g\n", 1.5, .5, 5., 1e3);
    printf("%g %g %g\n", 1.5e-3, 2E+2, 12.5e0);
    printf("%g %g %g\n", 0x1p0, 0x1.8p1, 0xAp-2);
    printf("%g %g\n", 0x.8p0, 0X1.FFFFFEp127f);
    printf("%s %s %s %s %s\n", T(1.0), T(1.0f), T(1.0F), T(1.0l), T(1.0L));
    printf("%s %s\n", T(0x1p3f), T(1e2L));
    printf("%.17g\n", 0.1);
    printf("%.9g\n", 0.1f);
    printf("%a\n", 1.0);
    return 0;
}
