/* Altitude C library: <stdlib.h> (C17 7.22; POSIX and GNU additions) */
#ifndef __ALTITUDE_STDLIB_H
#define __ALTITUDE_STDLIB_H

#include <features.h>

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef __ALT_WCHAR_T
#define __ALT_WCHAR_T
typedef __WCHAR_TYPE__ wchar_t;
#endif
#ifndef NULL
#define NULL ((void*)0)
#endif

typedef struct {
    int quot;
    int rem;
} div_t;
typedef struct {
    long quot;
    long rem;
} ldiv_t;
typedef struct {
    long long quot;
    long long rem;
} lldiv_t;

#define EXIT_FAILURE 1
#define EXIT_SUCCESS 0
#define RAND_MAX 2147483647
extern size_t __ctype_get_mb_cur_max(void);
#define MB_CUR_MAX (__ctype_get_mb_cur_max())

/* 7.22.1 Numeric conversion functions */
extern double atof(const char *__nptr);
extern int atoi(const char *__nptr);
extern long atol(const char *__nptr);
extern long long atoll(const char *__nptr);
extern double strtod(const char *__restrict __nptr, char **__restrict __endptr);
extern float strtof(const char *__restrict __nptr, char **__restrict __endptr);
extern long double strtold(const char *__restrict __nptr, char **__restrict __endptr);
extern long strtol(const char *__restrict __nptr, char **__restrict __endptr, int __base);
extern long long strtoll(const char *__restrict __nptr, char **__restrict __endptr, int __base);
extern unsigned long strtoul(const char *__restrict __nptr, char **__restrict __endptr,
                             int __base);
extern unsigned long long strtoull(const char *__restrict __nptr, char **__restrict __endptr,
                                   int __base);

/* 7.22.2 Pseudo-random sequence generation functions */
extern int rand(void);
extern void srand(unsigned int __seed);

/* 7.22.3 Memory management functions */
extern void *aligned_alloc(size_t __alignment, size_t __size);
extern void *calloc(size_t __nmemb, size_t __size);
extern void free(void *__ptr);
extern void *malloc(size_t __size);
extern void *realloc(void *__ptr, size_t __size);

/* 7.22.4 Communication with the environment */
extern void abort(void) __attribute__((__noreturn__));
extern int atexit(void (*__func)(void));
extern int at_quick_exit(void (*__func)(void));
extern void exit(int __status) __attribute__((__noreturn__));
extern void _Exit(int __status) __attribute__((__noreturn__));
extern char *getenv(const char *__name);
extern void quick_exit(int __status) __attribute__((__noreturn__));
extern int system(const char *__string);

/* 7.22.5 Searching and sorting utilities */
extern void *bsearch(const void *__key, const void *__base, size_t __nmemb, size_t __size,
                     int (*__compar)(const void *, const void *));
extern void qsort(void *__base, size_t __nmemb, size_t __size,
                  int (*__compar)(const void *, const void *));

/* 7.22.6 Integer arithmetic functions */
extern int abs(int __j);
extern long labs(long __j);
extern long long llabs(long long __j);
extern div_t div(int __numer, int __denom);
extern ldiv_t ldiv(long __numer, long __denom);
extern lldiv_t lldiv(long long __numer, long long __denom);

/* 7.22.7, 7.22.8 Multibyte/wide character and string conversion functions */
extern int mblen(const char *__s, size_t __n);
extern int mbtowc(wchar_t *__restrict __pwc, const char *__restrict __s, size_t __n);
extern int wctomb(char *__s, wchar_t __wchar);
extern size_t mbstowcs(wchar_t *__restrict __pwcs, const char *__restrict __s, size_t __n);
extern size_t wcstombs(char *__restrict __s, const wchar_t *__restrict __pwcs, size_t __n);

#if __ALT_EXT
extern int setenv(const char *__name, const char *__value, int __replace);
extern int unsetenv(const char *__name);
extern int putenv(char *__string);
extern int clearenv(void);
extern int mkstemp(char *__template);
extern int mkostemp(char *__template, int __flags);
extern char *mkdtemp(char *__template);
extern char *mktemp(char *__template);
extern char *realpath(const char *__restrict __name, char *__restrict __resolved);
extern int posix_memalign(void **__memptr, size_t __alignment, size_t __size);
extern void *valloc(size_t __size);
extern void *reallocarray(void *__ptr, size_t __nmemb, size_t __size);
extern long random(void);
extern void srandom(unsigned int __seed);
extern char *initstate(unsigned int __seed, char *__statebuf, size_t __statelen);
extern char *setstate(char *__statebuf);
extern int rand_r(unsigned int *__seed);
extern double drand48(void);
extern double erand48(unsigned short __xsubi[3]);
extern long lrand48(void);
extern long nrand48(unsigned short __xsubi[3]);
extern long mrand48(void);
extern long jrand48(unsigned short __xsubi[3]);
extern void srand48(long __seedval);
extern unsigned short *seed48(unsigned short __seed16v[3]);
extern void lcong48(unsigned short __param[7]);
extern long a64l(const char *__s);
extern char *l64a(long __n);
extern int getsubopt(char **__restrict __optionp, char *const *__restrict __tokens,
                     char **__restrict __valuep);
extern int grantpt(int __fd);
extern int unlockpt(int __fd);
extern char *ptsname(int __fd);
extern int posix_openpt(int __oflag);
extern int getloadavg(double __loadavg[], int __nelem);
extern char *ecvt(double __value, int __ndigit, int *__restrict __decpt, int *__restrict __sign);
extern char *fcvt(double __value, int __ndigit, int *__restrict __decpt, int *__restrict __sign);
extern char *gcvt(double __value, int __ndigit, char *__buf);
#ifndef __ALT_ALLOCA
#define __ALT_ALLOCA
extern void *alloca(size_t __size);
#define alloca(size) __builtin_alloca(size)
#endif
#endif /* __ALT_EXT */

#if __ALT_GNU
extern char *secure_getenv(const char *__name);
extern char *canonicalize_file_name(const char *__name);
extern void qsort_r(void *__base, size_t __nmemb, size_t __size,
                    int (*__compar)(const void *, const void *, void *), void *__arg);
extern int mkstemps(char *__template, int __suffixlen);
#endif /* __ALT_GNU */

#endif /* __ALTITUDE_STDLIB_H */
