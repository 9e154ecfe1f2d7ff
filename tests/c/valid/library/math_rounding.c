// Library: rounding functions lround, llround, rint, nearbyint, floor/ceil on negative halves.
// expect-exit: 0
// expect-stdout:
// | -2.5: round -3.0 lround -3 rint -2.0 floor -3.0 ceil -2.0
// | -1.5: round -2.0 lround -2 rint -2.0 floor -2.0 ceil -1.0
// | -0.5: round -1.0 lround -1 rint -0.0 floor -1.0 ceil -0.0
// |  0.5: round  1.0 lround  1 rint  0.0 floor  0.0 ceil  1.0
// |  1.5: round  2.0 lround  2 rint  2.0 floor  1.0 ceil  2.0
// |  2.5: round  3.0 lround  3 rint  2.0 floor  2.0 ceil  3.0
// | 10000000001 4.0
#include <stdio.h>
#include <math.h>
int main(void) {
    double v[] = { -2.5, -1.5, -0.5, 0.5, 1.5, 2.5 };
    for (int i = 0; i < 6; i++)
        printf("%4.1f: round %4.1f lround %2ld rint %4.1f floor %4.1f ceil %4.1f\n", v[i], round(v[i]), lround(v[i]),
               rint(v[i]), floor(v[i]), ceil(v[i]));
    printf("%lld %.1f\n", llround(1e10 + 0.5), nearbyint(3.5));
    return 0;
}
