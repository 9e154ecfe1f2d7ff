/* Altitude C library: <math.h> (C17 7.12; POSIX/XSI additions)
 * Altitude computes long double with binary64 precision; the l-suffixed
 * functions exist so that programs written for them link and run. */
#ifndef __ALTITUDE_MATH_H
#define __ALTITUDE_MATH_H

#include <features.h>

/* FLT_EVAL_METHOD is 0: float and double expressions evaluate in their own type. */
typedef float float_t;
typedef double double_t;

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL ((long double)__builtin_huge_val())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)

/* Classification.  The argument is evaluated exactly once: sizeof does not
 * evaluate it, and a conditional evaluates only the branch it selects. */
extern int __fpclassifyf(float __x);
extern int __fpclassify(double __x);
extern int __fpclassifyl(long double __x);
extern int __finitef(float __x);
extern int __finite(double __x);
extern int __finitel(long double __x);
#define __ALT_FP_DISPATCH(fn, x) \
    (sizeof(x) == sizeof(float) ? fn##f(x) : sizeof(x) == sizeof(double) ? fn(x) : fn##l(x))
#define fpclassify(x) __ALT_FP_DISPATCH(__fpclassify, x)
#define isfinite(x) __ALT_FP_DISPATCH(__finite, x)
#define isinf(x) __builtin_isinf(x)
#define isnan(x) __builtin_isnan(x)
#define isnormal(x) (fpclassify(x) == FP_NORMAL)
#define signbit(x) __builtin_signbit(x)

/* Comparison macros (C17 7.12.14): each argument is evaluated once. */
extern int __altitude_islessgreater(long double __x, long double __y);
#define isgreater(x, y) ((x) > (y))
#define isgreaterequal(x, y) ((x) >= (y))
#define isless(x, y) ((x) < (y))
#define islessequal(x, y) ((x) <= (y))
#define islessgreater(x, y) __altitude_islessgreater((x), (y))
#define isunordered(x, y) (__builtin_isnan(x) | __builtin_isnan(y))

/* double */
extern double acos(double __p0);
extern double asin(double __p0);
extern double atan(double __p0);
extern double atan2(double __p0, double __p1);
extern double cos(double __p0);
extern double sin(double __p0);
extern double tan(double __p0);
extern double acosh(double __p0);
extern double asinh(double __p0);
extern double atanh(double __p0);
extern double cosh(double __p0);
extern double sinh(double __p0);
extern double tanh(double __p0);
extern double exp(double __p0);
extern double exp2(double __p0);
extern double expm1(double __p0);
extern double frexp(double __p0, int *__p1);
extern int ilogb(double __p0);
extern double ldexp(double __p0, int __p1);
extern double log(double __p0);
extern double log10(double __p0);
extern double log1p(double __p0);
extern double log2(double __p0);
extern double logb(double __p0);
extern double modf(double __p0, double *__p1);
extern double scalbn(double __p0, int __p1);
extern double scalbln(double __p0, long __p1);
extern double cbrt(double __p0);
extern double fabs(double __p0);
extern double hypot(double __p0, double __p1);
extern double pow(double __p0, double __p1);
extern double sqrt(double __p0);
extern double erf(double __p0);
extern double erfc(double __p0);
extern double lgamma(double __p0);
extern double tgamma(double __p0);
extern double ceil(double __p0);
extern double floor(double __p0);
extern double nearbyint(double __p0);
extern double rint(double __p0);
extern long lrint(double __p0);
extern long long llrint(double __p0);
extern double round(double __p0);
extern long lround(double __p0);
extern long long llround(double __p0);
extern double trunc(double __p0);
extern double fmod(double __p0, double __p1);
extern double remainder(double __p0, double __p1);
extern double remquo(double __p0, double __p1, int *__p2);
extern double copysign(double __p0, double __p1);
extern double nan(const char *__p0);
extern double nextafter(double __p0, double __p1);
extern double nexttoward(double __p0, long double __p1);
extern double fdim(double __p0, double __p1);
extern double fmax(double __p0, double __p1);
extern double fmin(double __p0, double __p1);
extern double fma(double __p0, double __p1, double __p2);

/* float */
extern float acosf(float __p0);
extern float asinf(float __p0);
extern float atanf(float __p0);
extern float atan2f(float __p0, float __p1);
extern float cosf(float __p0);
extern float sinf(float __p0);
extern float tanf(float __p0);
extern float acoshf(float __p0);
extern float asinhf(float __p0);
extern float atanhf(float __p0);
extern float coshf(float __p0);
extern float sinhf(float __p0);
extern float tanhf(float __p0);
extern float expf(float __p0);
extern float exp2f(float __p0);
extern float expm1f(float __p0);
extern float frexpf(float __p0, int *__p1);
extern int ilogbf(float __p0);
extern float ldexpf(float __p0, int __p1);
extern float logf(float __p0);
extern float log10f(float __p0);
extern float log1pf(float __p0);
extern float log2f(float __p0);
extern float logbf(float __p0);
extern float modff(float __p0, float *__p1);
extern float scalbnf(float __p0, int __p1);
extern float scalblnf(float __p0, long __p1);
extern float cbrtf(float __p0);
extern float fabsf(float __p0);
extern float hypotf(float __p0, float __p1);
extern float powf(float __p0, float __p1);
extern float sqrtf(float __p0);
extern float erff(float __p0);
extern float erfcf(float __p0);
extern float lgammaf(float __p0);
extern float tgammaf(float __p0);
extern float ceilf(float __p0);
extern float floorf(float __p0);
extern float nearbyintf(float __p0);
extern float rintf(float __p0);
extern long lrintf(float __p0);
extern long long llrintf(float __p0);
extern float roundf(float __p0);
extern long lroundf(float __p0);
extern long long llroundf(float __p0);
extern float truncf(float __p0);
extern float fmodf(float __p0, float __p1);
extern float remainderf(float __p0, float __p1);
extern float remquof(float __p0, float __p1, int *__p2);
extern float copysignf(float __p0, float __p1);
extern float nanf(const char *__p0);
extern float nextafterf(float __p0, float __p1);
extern float nexttowardf(float __p0, long double __p1);
extern float fdimf(float __p0, float __p1);
extern float fmaxf(float __p0, float __p1);
extern float fminf(float __p0, float __p1);
extern float fmaf(float __p0, float __p1, float __p2);

/* long double */
extern long double acosl(long double __p0);
extern long double asinl(long double __p0);
extern long double atanl(long double __p0);
extern long double atan2l(long double __p0, long double __p1);
extern long double cosl(long double __p0);
extern long double sinl(long double __p0);
extern long double tanl(long double __p0);
extern long double acoshl(long double __p0);
extern long double asinhl(long double __p0);
extern long double atanhl(long double __p0);
extern long double coshl(long double __p0);
extern long double sinhl(long double __p0);
extern long double tanhl(long double __p0);
extern long double expl(long double __p0);
extern long double exp2l(long double __p0);
extern long double expm1l(long double __p0);
extern long double frexpl(long double __p0, int *__p1);
extern int ilogbl(long double __p0);
extern long double ldexpl(long double __p0, int __p1);
extern long double logl(long double __p0);
extern long double log10l(long double __p0);
extern long double log1pl(long double __p0);
extern long double log2l(long double __p0);
extern long double logbl(long double __p0);
extern long double modfl(long double __p0, long double *__p1);
extern long double scalbnl(long double __p0, int __p1);
extern long double scalblnl(long double __p0, long __p1);
extern long double cbrtl(long double __p0);
extern long double fabsl(long double __p0);
extern long double hypotl(long double __p0, long double __p1);
extern long double powl(long double __p0, long double __p1);
extern long double sqrtl(long double __p0);
extern long double erfl(long double __p0);
extern long double erfcl(long double __p0);
extern long double lgammal(long double __p0);
extern long double tgammal(long double __p0);
extern long double ceill(long double __p0);
extern long double floorl(long double __p0);
extern long double nearbyintl(long double __p0);
extern long double rintl(long double __p0);
extern long lrintl(long double __p0);
extern long long llrintl(long double __p0);
extern long double roundl(long double __p0);
extern long lroundl(long double __p0);
extern long long llroundl(long double __p0);
extern long double truncl(long double __p0);
extern long double fmodl(long double __p0, long double __p1);
extern long double remainderl(long double __p0, long double __p1);
extern long double remquol(long double __p0, long double __p1, int *__p2);
extern long double copysignl(long double __p0, long double __p1);
extern long double nanl(const char *__p0);
extern long double nextafterl(long double __p0, long double __p1);
extern long double nexttowardl(long double __p0, long double __p1);
extern long double fdiml(long double __p0, long double __p1);
extern long double fmaxl(long double __p0, long double __p1);
extern long double fminl(long double __p0, long double __p1);
extern long double fmal(long double __p0, long double __p1, long double __p2);

#if __ALT_EXT
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440

extern int signgam;
extern double j0(double __x);
extern double j1(double __x);
extern double jn(int __n, double __x);
extern double y0(double __x);
extern double y1(double __x);
extern double yn(int __n, double __x);
extern double lgamma_r(double __x, int *__signgamp);
extern float lgammaf_r(float __x, int *__signgamp);
extern double drem(double __x, double __y);
extern int finite(double __x);
extern int finitef(float __x);
extern double significand(double __x);
extern double scalb(double __x, double __n);
#endif /* __ALT_EXT */

#if __ALT_GNU
extern void sincos(double __x, double *__sinx, double *__cosx);
extern void sincosf(float __x, float *__sinx, float *__cosx);
extern double exp10(double __x);
extern float exp10f(float __x);
extern double pow10(double __x);
#endif /* __ALT_GNU */

#endif /* __ALTITUDE_MATH_H */
