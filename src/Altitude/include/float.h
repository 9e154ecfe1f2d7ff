/* Altitude C library: <float.h> (C17 5.2.4.2.2, 7.7)
 * float and double are IEEE binary32 and binary64, described by the
 * predefined __FLT_*__ and __DBL_*__ macros.  Altitude computes long double
 * with binary64 precision (its storage is still 16 bytes), so every LDBL_*
 * value equals the corresponding DBL_* value. */
#ifndef __ALTITUDE_FLOAT_H
#define __ALTITUDE_FLOAT_H

#define FLT_RADIX __FLT_RADIX__
#define FLT_ROUNDS 1
#define FLT_EVAL_METHOD 0
#define DECIMAL_DIG 17

#define FLT_MANT_DIG __FLT_MANT_DIG__
#define FLT_DECIMAL_DIG __FLT_DECIMAL_DIG__
#define FLT_DIG __FLT_DIG__
#define FLT_MIN_EXP __FLT_MIN_EXP__
#define FLT_MIN_10_EXP __FLT_MIN_10_EXP__
#define FLT_MAX_EXP __FLT_MAX_EXP__
#define FLT_MAX_10_EXP __FLT_MAX_10_EXP__
#define FLT_MAX __FLT_MAX__
#define FLT_EPSILON __FLT_EPSILON__
#define FLT_MIN __FLT_MIN__
#define FLT_TRUE_MIN __FLT_DENORM_MIN__
#define FLT_HAS_SUBNORM 1

#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_DECIMAL_DIG __DBL_DECIMAL_DIG__
#define DBL_DIG __DBL_DIG__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define DBL_MIN_10_EXP __DBL_MIN_10_EXP__
#define DBL_MAX_EXP __DBL_MAX_EXP__
#define DBL_MAX_10_EXP __DBL_MAX_10_EXP__
#define DBL_MAX __DBL_MAX__
#define DBL_EPSILON __DBL_EPSILON__
#define DBL_MIN __DBL_MIN__
#define DBL_TRUE_MIN __DBL_DENORM_MIN__
#define DBL_HAS_SUBNORM 1

#define LDBL_MANT_DIG __DBL_MANT_DIG__
#define LDBL_DECIMAL_DIG __DBL_DECIMAL_DIG__
#define LDBL_DIG __DBL_DIG__
#define LDBL_MIN_EXP __DBL_MIN_EXP__
#define LDBL_MIN_10_EXP __DBL_MIN_10_EXP__
#define LDBL_MAX_EXP __DBL_MAX_EXP__
#define LDBL_MAX_10_EXP __DBL_MAX_10_EXP__
#define LDBL_MAX ((long double)__DBL_MAX__)
#define LDBL_EPSILON ((long double)__DBL_EPSILON__)
#define LDBL_MIN ((long double)__DBL_MIN__)
#define LDBL_TRUE_MIN ((long double)__DBL_DENORM_MIN__)
#define LDBL_HAS_SUBNORM 1

#endif /* __ALTITUDE_FLOAT_H */
