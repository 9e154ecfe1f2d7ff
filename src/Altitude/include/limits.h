/* Altitude C library: <limits.h> (C17 5.2.4.2.1, 7.10; POSIX limits) */
#ifndef __ALTITUDE_LIMITS_H
#define __ALTITUDE_LIMITS_H

#include <features.h>

#define CHAR_BIT 8
#define MB_LEN_MAX 16

#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif

#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535

#define INT_MIN (-INT_MAX - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U

#define LONG_MIN (-LONG_MAX - 1L)
#define LONG_MAX 9223372036854775807L
#define ULONG_MAX 18446744073709551615UL

#define LLONG_MIN (-LLONG_MAX - 1LL)
#define LLONG_MAX 9223372036854775807LL
#define ULLONG_MAX 18446744073709551615ULL

/* POSIX: limits of the Linux target (hidden in strict ISO C mode, where a
 * program may define these names itself). */
#if __ALT_EXT
#define SSIZE_MAX LONG_MAX
#define PATH_MAX 4096
#define NAME_MAX 255
#define PIPE_BUF 4096
#define IOV_MAX 1024
#define LINE_MAX 2048
#define HOST_NAME_MAX 64
#define LOGIN_NAME_MAX 256
#define NGROUPS_MAX 65536
#define TTY_NAME_MAX 32
#define CHARCLASS_NAME_MAX 2048
#define RE_DUP_MAX 0x7fff
#define NL_ARGMAX 4096
#define NZERO 20
#define WORD_BIT 32
#define LONG_BIT 64

#define _POSIX_PATH_MAX 256
#define _POSIX_NAME_MAX 14
#define _POSIX_PIPE_BUF 512
#define _POSIX_OPEN_MAX 20
#define _POSIX_ARG_MAX 4096
#define _POSIX_SSIZE_MAX 32767
#endif /* __ALT_EXT */

#endif /* __ALTITUDE_LIMITS_H */
