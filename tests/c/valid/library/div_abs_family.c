// Library: div, ldiv, lldiv truncate toward zero; abs, labs, llabs.
// expect-exit: 0
// expect-stdout:
// | 7/2: div 3 r 1 ldiv 350000 r 0 lldiv 3500000000 r 0
// | -7/2: div -3 r -1 ldiv -350000 r 0 lldiv -3500000000 r 0
// | 7/-2: div -3 r 1 ldiv -350000 r 0 lldiv -3500000000 r 0
// | -7/-2: div 3 r -1 ldiv 350000 r 0 lldiv 3500000000 r 0
// | 0/5: div 0 r 0 ldiv 0 r 0 lldiv 0 r 0
// | 2147483647/10: div 214748364 r 7 ldiv 21474836470000 r 0 lldiv 214748364700000000 r 0
// | -2147483648/10: div -214748364 r -8 ldiv -21474836480000 r 0 lldiv -214748364800000000 r 0
// | abs 5 2147483647 labs 9223372036854775807 llabs 1234567890123
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    static const int pairs[][2] = { { 7, 2 }, { -7, 2 }, { 7, -2 }, { -7, -2 }, { 0, 5 }, { INT_MAX, 10 }, { INT_MIN, 10 } };
    for (unsigned i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        div_t d = div(pairs[i][0], pairs[i][1]);
        ldiv_t l = ldiv((long)pairs[i][0] * 100000, pairs[i][1]);
        lldiv_t ll = lldiv((long long)pairs[i][0] * 1000000000LL, pairs[i][1]);
        printf("%d/%d: div %d r %d ldiv %ld r %ld lldiv %lld r %lld\n", pairs[i][0], pairs[i][1], d.quot, d.rem, l.quot, l.rem, ll.quot, ll.rem);
    }
    printf("abs %d %d labs %ld llabs %lld\n", abs(-5), abs(INT_MAX), labs(-LONG_MAX), llabs(-1234567890123LL));
    return 0;
}
