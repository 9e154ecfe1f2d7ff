/* Altitude C library: <features.h>
 * Computes which groups of declarations the other headers expose.  It defines
 * only reserved internal names (__ALT_*), never the glibc __USE_* macros or
 * __GLIBC__: Altitude is not glibc and code must not take glibc-only paths.
 *
 *   __ALT_EXT  POSIX and common BSD/System V extensions in the C standard
 *              headers.  On unless the program asked for strict ISO C
 *              (__STRICT_ANSI__) without any feature-test macro.
 *   __ALT_GNU  GNU-only extensions, as with glibc: only with _GNU_SOURCE.
 * Headers that are not part of ISO C (unistd.h, fcntl.h, ...) expose all of
 * their declarations unconditionally.
 */
#ifndef __ALTITUDE_FEATURES_H
#define __ALTITUDE_FEATURES_H

#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_POSIX_SOURCE) \
    || defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) \
    || defined(_BSD_SOURCE) || defined(_SVID_SOURCE)
#define __ALT_EXT 1
#else
#define __ALT_EXT 0
#endif

#if defined(_GNU_SOURCE)
#define __ALT_GNU 1
#else
#define __ALT_GNU 0
#endif

#endif /* __ALTITUDE_FEATURES_H */
