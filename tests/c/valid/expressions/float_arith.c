// Expressions: floating arithmetic rounding visible in output; float vs double precision.
// expect-exit: 0
// expect-stdout:
// | 0.30000000000000004
// | 0.300000012
// | 0.99999999999999989 0
// | 1.00000012
// | 0.667 -3.500
// | 0.0
// | 0.33333333333333331483
#include <stdio.h>
int main(void) {
    printf("%.17g\n", 0.1 + 0.2);
    printf("%.9g\n", 0.1f + 0.2f);
    double sum = 0;
    for (int i = 0; i < 10; i++) sum += 0.1;
    printf("%.17g %d\n", sum, sum == 1.0);
    float fs = 0;
    for (int i = 0; i < 10; i++) fs += 0.1f;
    printf("%.9g\n", fs);
    printf("%.3f %.3f\n", 2.0 / 3.0, -7.0 / 2.0);
    double big = 1e16;
    printf("%.1f\n", big + 1.0 - big);
    printf("%.20f\n", 1.0 / 3.0);
    return 0;
}
