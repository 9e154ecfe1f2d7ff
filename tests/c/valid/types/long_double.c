// Types: long double arithmetic at values exactly representable in binary64.
// expect-exit: 0
// expect-stdout:
// | 3.5000
// | 1.5 2.250000e+00
// | 3.5000
// | 6.0 48
// | 28
#include <stdio.h>
int main(void) {
    long double a = 1.5L, b = 2.25L;
    long double c = a * b + 0.125L;
    printf("%.4Lf\n", c);
    printf("%Lg %Le\n", a, b);
    double d = (double)c;
    printf("%.4f\n", d);
    long double arr[3] = { 1, 2, 3 };
    long double sum = 0;
    for (int i = 0; i < 3; i++) sum += arr[i];
    printf("%.1Lf %zu\n", sum, sizeof arr);
    printf("%d\n", (int)(c * 8));
    return 0;
}
