/* Altitude C library: <fenv.h> (C17 7.6)
 * Exception and rounding-mode bits have their x86-64 values. */
#ifndef __ALTITUDE_FENV_H
#define __ALTITUDE_FENV_H

/* Opaque environment of the size and alignment it has on x86-64 Linux. */
typedef struct {
    unsigned int __alt_env[8];
} fenv_t;
typedef unsigned short fexcept_t;

#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
#define FE_ALL_EXCEPT (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

#define FE_TONEAREST 0
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xc00

#define FE_DFL_ENV ((const fenv_t *)-1)

extern int feclearexcept(int __excepts);
extern int fegetexceptflag(fexcept_t *__flagp, int __excepts);
extern int feraiseexcept(int __excepts);
extern int fesetexceptflag(const fexcept_t *__flagp, int __excepts);
extern int fetestexcept(int __excepts);
extern int fegetround(void);
extern int fesetround(int __round);
extern int fegetenv(fenv_t *__envp);
extern int feholdexcept(fenv_t *__envp);
extern int fesetenv(const fenv_t *__envp);
extern int feupdateenv(const fenv_t *__envp);

#endif /* __ALTITUDE_FENV_H */
