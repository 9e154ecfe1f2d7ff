/* Altitude C library: <stddef.h> (C17 7.19) */
#ifndef __ALTITUDE_STDDEF_H
#define __ALTITUDE_STDDEF_H

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef __ALT_PTRDIFF_T
#define __ALT_PTRDIFF_T
typedef __PTRDIFF_TYPE__ ptrdiff_t;
#endif
#ifndef __ALT_WCHAR_T
#define __ALT_WCHAR_T
typedef __WCHAR_TYPE__ wchar_t;
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#ifndef __ALT_MAX_ALIGN_T
#define __ALT_MAX_ALIGN_T
/* Alignment 16 and size 32, as on x86-64 System V: long double is the most
 * strictly aligned scalar type. */
typedef struct {
    long long __alt_max_align_ll;
    long double __alt_max_align_ld;
} max_align_t;
#endif
#endif

#ifndef NULL
#define NULL ((void*)0)
#endif

#define offsetof(type, member) __builtin_offsetof(type, member)

#endif /* __ALTITUDE_STDDEF_H */
