/* Altitude C library: <err.h> (BSD) */
#ifndef __ALTITUDE_ERR_H
#define __ALTITUDE_ERR_H

extern void warn(const char *__format, ...) __attribute__((__format__(__printf__, 1, 2)));
extern void vwarn(const char *__format, __builtin_va_list __ap)
    __attribute__((__format__(__printf__, 1, 0)));
extern void warnx(const char *__format, ...) __attribute__((__format__(__printf__, 1, 2)));
extern void vwarnx(const char *__format, __builtin_va_list __ap)
    __attribute__((__format__(__printf__, 1, 0)));
extern void err(int __status, const char *__format, ...)
    __attribute__((__noreturn__, __format__(__printf__, 2, 3)));
extern void verr(int __status, const char *__format, __builtin_va_list __ap)
    __attribute__((__noreturn__, __format__(__printf__, 2, 0)));
extern void errx(int __status, const char *__format, ...)
    __attribute__((__noreturn__, __format__(__printf__, 2, 3)));
extern void verrx(int __status, const char *__format, __builtin_va_list __ap)
    __attribute__((__noreturn__, __format__(__printf__, 2, 0)));

#endif /* __ALTITUDE_ERR_H */
