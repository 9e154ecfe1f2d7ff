// Conversions: floating <-> integer conversions truncate toward zero; large ints round to float.
// expect-exit: 0
// expect-stdout:
// | 3 -3 0 0
// | 16777217.0 16777216.0
// | 9007199254740992.0
// | 4000000000
// | 0.3333333433
// | -1000000000000000000
#include <stdio.h>
int main(void) {
    printf("%d %d %d %d\n", (int)3.99, (int)-3.99, (int)0.5, (int)-0.5);
    double d = 16777217;
    float f = (float)d;
    printf("%.1f %.1f\n", d, (double)f);
    long long big = 9007199254740993LL;
    double bd = (double)big;
    printf("%.1f\n", bd);
    unsigned u = (unsigned)4000000000.0;
    printf("%u\n", u);
    float g = 1.0f / 3.0f;
    double h = g;
    printf("%.10f\n", h);
    printf("%lld\n", (long long)-1e18);
    return 0;
}
