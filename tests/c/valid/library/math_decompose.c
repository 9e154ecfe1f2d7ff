// Library: frexp, ldexp, scalbn, modf, ilogb, logb, nextafter, nexttoward, copysign, remainder, remquo, fmod, fdim, fmin, fmax, fma.
// expect-exit: 0
// expect-stdout:
// | 0x1.8p+5: frexp 0x1.8p-1*2^6 ldexp 0x1.8p+5 scalbn 0x1.8p+2 scalbln 0x1.8p+7 modf 0x1.8p+5+0x0p+0 ilogb 5 logb 0x1.4p+2
// |   next up 0x1.8000000000001p+5 down 0x1.7ffffffffffffp+5 toward 0x1.7ffffffffffffp+5 copysign -0x1.8p+1
// | -0x1.8p-2: frexp -0x1.8p-1*2^-1 ldexp -0x1.8p-2 scalbn -0x1.8p-5 scalbln -0x1.8p+0 modf -0x0p+0+-0x1.8p-2 ilogb -2 logb -0x1p+1
// |   next up -0x1.7ffffffffffffp-2 down -0x1.8000000000001p-2 toward -0x1.7ffffffffffffp-2 copysign 0x1.8p+1
// | 0x1p+0: frexp 0x1p-1*2^1 ldexp 0x1p+0 scalbn 0x1p-3 scalbln 0x1p+2 modf 0x1p+0+0x0p+0 ilogb 0 logb 0x0p+0
// |   next up 0x1.0000000000001p+0 down 0x1.fffffffffffffp-1 toward 0x1.fffffffffffffp-1 copysign -0x1.8p+1
// | 0x0.012688b70e62bp-1022: frexp 0x1.2688b70e62bp-1*2^-1029 ldexp 0x0.012688b70e62bp-1022 scalbn 0x0.0024d116e1cc5p-1022 scalbln 0x0.049a22dc398acp-1022 modf 0x0p+0+0x0.012688b70e62bp-1022 ilogb -1030 logb -0x1.018p+10
// |   next up 0x0.012688b70e62cp-1022 down 0x0.012688b70e62ap-1022 toward 0x0.012688b70e62ap-1022 copysign -0x1.8p+1
// | 0x1.fffffffffffffp+1023: frexp 0x1.fffffffffffffp-1*2^1024 ldexp 0x1.fffffffffffffp+1023 scalbn 0x1.fffffffffffffp+1020 scalbln inf modf 0x1.fffffffffffffp+1023+0x0p+0 ilogb 1023 logb 0x1.ff8p+9
// |   next up inf down 0x1.ffffffffffffep+1023 toward 0x1.ffffffffffffep+1023 copysign -0x1.8p+1
// | 0x1.999999999999ap-4: frexp 0x1.999999999999ap-1*2^-3 ldexp 0x1.999999999999ap-4 scalbn 0x1.999999999999ap-7 scalbln 0x1.999999999999ap-2 modf 0x0p+0+0x1.999999999999ap-4 ilogb -4 logb -0x1p+2
// |   next up 0x1.999999999999bp-4 down 0x1.9999999999999p-4 toward 0x1.9999999999999p-4 copysign -0x1.8p+1
// | -0x1.dp+2: frexp -0x1.dp-1*2^3 ldexp -0x1.dp+2 scalbn -0x1.dp-1 scalbln -0x1.dp+4 modf -0x1.cp+2+-0x1p-2 ilogb 2 logb 0x1p+1
// |   next up -0x1.cffffffffffffp+2 down -0x1.d000000000001p+2 toward -0x1.cffffffffffffp+2 copysign 0x1.8p+1
// | y=-3: remainder -1.5 remquo -1.5 q-4 fmod 1.5
// | y=-1.5: remainder 0 remquo 0 q-7 fmod 0
// | y=1.5: remainder 0 remquo 0 q7 fmod 0
// | y=3: remainder -1.5 remquo -1.5 q4 fmod 1.5
// | fdim 2 0 fmin 2 -1 fmax -1 2
// | fma 0x1p-54 -0x1p-104
// | modff 0x1.8p-1 0x1p+1 frexpf 0x1.4p-1 4 nextafterf 0x1.000002p+0 nexttowardf 0x1.000002p+0
#include <float.h>
#include <math.h>
#include <stdio.h>
int main(void) {
    static const double xs[] = { 48.0, -0.375, 1.0, 1e-310, DBL_MAX, 0.1, -7.25 };
    for (unsigned i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double x = xs[i];
        int e;
        double m = frexp(x, &e);
        double ip;
        double fp = modf(x, &ip);
        printf("%a: frexp %a*2^%d ldexp %a scalbn %a scalbln %a modf %a+%a ilogb %d logb %a\n", x, m, e, ldexp(m, e), scalbn(x, -3),
               scalbln(x, 2L), ip, fp, ilogb(x), logb(x));
        printf("  next up %a down %a toward %a copysign %a\n", nextafter(x, INFINITY), nextafter(x, -INFINITY), nexttoward(x, 0.0L),
               copysign(3.0, -x));
    }
    int q;
    for (double y = -3.0; y <= 3.0; y += 1.5) {
        if (y == 0.0) continue;
        double r = remquo(10.5, y, &q);
        printf("y=%g: remainder %g remquo %g q%d fmod %g\n", y, remainder(10.5, y), r, q, fmod(10.5, y));
    }
    volatile double nn = NAN;
    printf("fdim %g %g fmin %g %g fmax %g %g\n", fdim(5.0, 3.0), fdim(3.0, 5.0), fmin(2.0, nn), fmin(-1.0, 3.0), fmax(nn, -1.0), fmax(1.0, 2.0));
    printf("fma %a %a\n", fma(0.1, 10.0, -1.0), fma(1.0 + DBL_EPSILON, 1.0 - DBL_EPSILON, -1.0));
    float fm;
    float ff = modff(2.75f, &fm);
    int fe;
    float fr = frexpf(10.0f, &fe);
    printf("modff %a %a frexpf %a %d nextafterf %a nexttowardf %a\n", ff, fm, fr, fe, nextafterf(1.0f, 2.0f), nexttowardf(1.0f, 1.0000000001L));
    return 0;
}
