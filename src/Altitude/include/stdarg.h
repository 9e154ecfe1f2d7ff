/* Altitude C library: <stdarg.h> (C17 7.16) */
#ifndef __ALTITUDE_STDARG_H
#define __ALTITUDE_STDARG_H

#ifndef __ALT_VA_LIST
#define __ALT_VA_LIST
typedef __builtin_va_list va_list;
#endif
/* Some programs name the GNU spelling directly. */
typedef __builtin_va_list __gnuc_va_list;

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
#define __va_copy(dest, src) __builtin_va_copy(dest, src)

#endif /* __ALTITUDE_STDARG_H */
