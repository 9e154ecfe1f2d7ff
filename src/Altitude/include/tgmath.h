/* Altitude C library: <tgmath.h> (C17 7.25)
 * Type-generic macros built on _Generic.  __ALT_TG_REAL maps an argument to
 * a value of its generic type: float and long double stay, every other real
 * type (double and the integer types) counts as double.  Adding those values
 * gives the common type of several arguments.  The controlling expression of
 * _Generic is not evaluated, so each argument is evaluated once, in the call.
 * Complex types are not supported (__STDC_NO_COMPLEX__). */
#ifndef __ALTITUDE_TGMATH_H
#define __ALTITUDE_TGMATH_H

#include <math.h>

#define __ALT_TG_REAL(x) _Generic((x), float: 0.0f, long double: 0.0L, default: 0.0)
#define __ALT_TG_1(fn, x) _Generic(__ALT_TG_REAL(x), float: fn##f, long double: fn##l, default: fn)
#define __ALT_TG_2(fn, x, y) \
    _Generic(__ALT_TG_REAL(x) + __ALT_TG_REAL(y), float: fn##f, long double: fn##l, default: fn)
#define __ALT_TG_3(fn, x, y, z) \
    _Generic(__ALT_TG_REAL(x) + __ALT_TG_REAL(y) + __ALT_TG_REAL(z), \
             float: fn##f, long double: fn##l, default: fn)

#define acos(x) __ALT_TG_1(acos, x)(x)
#define asin(x) __ALT_TG_1(asin, x)(x)
#define atan(x) __ALT_TG_1(atan, x)(x)
#define atan2(x, y) __ALT_TG_2(atan2, x, y)(x, y)
#define cos(x) __ALT_TG_1(cos, x)(x)
#define sin(x) __ALT_TG_1(sin, x)(x)
#define tan(x) __ALT_TG_1(tan, x)(x)
#define acosh(x) __ALT_TG_1(acosh, x)(x)
#define asinh(x) __ALT_TG_1(asinh, x)(x)
#define atanh(x) __ALT_TG_1(atanh, x)(x)
#define cosh(x) __ALT_TG_1(cosh, x)(x)
#define sinh(x) __ALT_TG_1(sinh, x)(x)
#define tanh(x) __ALT_TG_1(tanh, x)(x)
#define exp(x) __ALT_TG_1(exp, x)(x)
#define exp2(x) __ALT_TG_1(exp2, x)(x)
#define expm1(x) __ALT_TG_1(expm1, x)(x)
#define frexp(x, y) __ALT_TG_1(frexp, x)(x, y)
#define ilogb(x) __ALT_TG_1(ilogb, x)(x)
#define ldexp(x, y) __ALT_TG_1(ldexp, x)(x, y)
#define log(x) __ALT_TG_1(log, x)(x)
#define log10(x) __ALT_TG_1(log10, x)(x)
#define log1p(x) __ALT_TG_1(log1p, x)(x)
#define log2(x) __ALT_TG_1(log2, x)(x)
#define logb(x) __ALT_TG_1(logb, x)(x)
#define scalbn(x, y) __ALT_TG_1(scalbn, x)(x, y)
#define scalbln(x, y) __ALT_TG_1(scalbln, x)(x, y)
#define cbrt(x) __ALT_TG_1(cbrt, x)(x)
#define fabs(x) __ALT_TG_1(fabs, x)(x)
#define hypot(x, y) __ALT_TG_2(hypot, x, y)(x, y)
#define pow(x, y) __ALT_TG_2(pow, x, y)(x, y)
#define sqrt(x) __ALT_TG_1(sqrt, x)(x)
#define erf(x) __ALT_TG_1(erf, x)(x)
#define erfc(x) __ALT_TG_1(erfc, x)(x)
#define lgamma(x) __ALT_TG_1(lgamma, x)(x)
#define tgamma(x) __ALT_TG_1(tgamma, x)(x)
#define ceil(x) __ALT_TG_1(ceil, x)(x)
#define floor(x) __ALT_TG_1(floor, x)(x)
#define nearbyint(x) __ALT_TG_1(nearbyint, x)(x)
#define rint(x) __ALT_TG_1(rint, x)(x)
#define lrint(x) __ALT_TG_1(lrint, x)(x)
#define llrint(x) __ALT_TG_1(llrint, x)(x)
#define round(x) __ALT_TG_1(round, x)(x)
#define lround(x) __ALT_TG_1(lround, x)(x)
#define llround(x) __ALT_TG_1(llround, x)(x)
#define trunc(x) __ALT_TG_1(trunc, x)(x)
#define fmod(x, y) __ALT_TG_2(fmod, x, y)(x, y)
#define remainder(x, y) __ALT_TG_2(remainder, x, y)(x, y)
#define remquo(x, y, z) __ALT_TG_2(remquo, x, y)(x, y, z)
#define copysign(x, y) __ALT_TG_2(copysign, x, y)(x, y)
#define nextafter(x, y) __ALT_TG_2(nextafter, x, y)(x, y)
#define nexttoward(x, y) __ALT_TG_1(nexttoward, x)(x, y)
#define fdim(x, y) __ALT_TG_2(fdim, x, y)(x, y)
#define fmax(x, y) __ALT_TG_2(fmax, x, y)(x, y)
#define fmin(x, y) __ALT_TG_2(fmin, x, y)(x, y)
#define fma(x, y, z) __ALT_TG_3(fma, x, y, z)(x, y, z)

#endif /* __ALTITUDE_TGMATH_H */
