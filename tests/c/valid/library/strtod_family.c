// Library: strtof, strtod, strtold; special strings inf/nan; hexadecimal input.
// expect-exit: 0
// expect-stdout:
// | 1.250 -25.000 0.125
// | 1 1
// | 4
// | 12.5 [kg]
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
int main(void) {
    printf("%.3f %.3f %.3Lf\n", (double)strtof("1.25", NULL), strtod("-2.5e1", NULL), strtold("0.125", NULL));
    printf("%d %d\n", isinf(strtod("inf", NULL)) != 0, isnan(strtod("nan", NULL)) != 0);
    printf("%g\n", strtod("0x10p-2", NULL));
    char *end;
    double d = strtod("  12.5kg", &end);
    printf("%g [%s]\n", d, end);
    return 0;
}
