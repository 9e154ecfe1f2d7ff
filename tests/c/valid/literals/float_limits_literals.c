// Literals: extreme floating constants: smallest normal/subnormal doubles and largest finite values.
// expect-exit: 0
// expect-stdout:
// | 1
// | 1
// | 1
// | 1
// | 1
// | 0x0.0000000000001p-1022 0x1.8p-1
// | 6.022e+23
#include <stdio.h>
#include <float.h>
int main(void) {
    printf("%d\n", 2.2250738585072014e-308 == DBL_MIN);
    printf("%d\n", 0x1p-1074 > 0.0);
    printf("%d\n", 1.7976931348623157e308 == DBL_MAX);
    printf("%d\n", 0x1.fffffffffffffp1023 == DBL_MAX);
    printf("%d\n", 3.40282347e38f == FLT_MAX);
    printf("%a %a\n", 0x1p-1074, 0x1.8p-1);
    printf("%.3e\n", 6.02214076e23);
    return 0;
}
