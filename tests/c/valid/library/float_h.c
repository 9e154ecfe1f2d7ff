// Library: limits of float.h printed; DBL_EPSILON and FLT_MAX.
// expect-exit: 0
// expect-stdout:
// | 6 15 53
// | 1.19209e-07 2.22045e-16
// | 3.40282e+38 2.22507e-308
// | 1024 2
// | 1
#include <stdio.h>
#include <float.h>
int main(void) {
    printf("%d %d %d\n", FLT_DIG, DBL_DIG, DBL_MANT_DIG);
    printf("%g %g\n", FLT_EPSILON, DBL_EPSILON);
    printf("%g %g\n", FLT_MAX, DBL_MIN);
    printf("%d %d\n", DBL_MAX_EXP, FLT_RADIX);
    printf("%d\n", 1.0 + DBL_EPSILON > 1.0 && 1.0 + DBL_EPSILON / 2 == 1.0);
    return 0;
}
