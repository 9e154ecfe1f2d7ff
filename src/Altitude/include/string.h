/* Altitude C library: <string.h> (C17 7.24; POSIX and GNU additions) */
#ifndef __ALTITUDE_STRING_H
#define __ALTITUDE_STRING_H

#include <features.h>

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef NULL
#define NULL ((void*)0)
#endif

/* 7.24.2 Copying functions */
extern void *memcpy(void *__restrict __s1, const void *__restrict __s2, size_t __n);
extern void *memmove(void *__s1, const void *__s2, size_t __n);
extern char *strcpy(char *__restrict __s1, const char *__restrict __s2);
extern char *strncpy(char *__restrict __s1, const char *__restrict __s2, size_t __n);

/* 7.24.3 Concatenation functions */
extern char *strcat(char *__restrict __s1, const char *__restrict __s2);
extern char *strncat(char *__restrict __s1, const char *__restrict __s2, size_t __n);

/* 7.24.4 Comparison functions */
extern int memcmp(const void *__s1, const void *__s2, size_t __n);
extern int strcmp(const char *__s1, const char *__s2);
extern int strcoll(const char *__s1, const char *__s2);
extern int strncmp(const char *__s1, const char *__s2, size_t __n);
extern size_t strxfrm(char *__restrict __s1, const char *__restrict __s2, size_t __n);

/* 7.24.5 Search functions */
extern void *memchr(const void *__s, int __c, size_t __n);
extern char *strchr(const char *__s, int __c);
extern size_t strcspn(const char *__s1, const char *__s2);
extern char *strpbrk(const char *__s1, const char *__s2);
extern char *strrchr(const char *__s, int __c);
extern size_t strspn(const char *__s1, const char *__s2);
extern char *strstr(const char *__s1, const char *__s2);
extern char *strtok(char *__restrict __s1, const char *__restrict __s2);

/* 7.24.6 Miscellaneous functions */
extern void *memset(void *__s, int __c, size_t __n);
extern char *strerror(int __errnum);
extern size_t strlen(const char *__s);

#if __ALT_EXT
extern char *strdup(const char *__s);
extern char *strndup(const char *__s, size_t __n);
extern size_t strnlen(const char *__s, size_t __maxlen);
extern char *strtok_r(char *__restrict __s, const char *__restrict __delim,
                      char **__restrict __save_ptr);
extern void *memccpy(void *__restrict __dest, const void *__restrict __src, int __c, size_t __n);
extern char *stpcpy(char *__restrict __dest, const char *__restrict __src);
extern char *stpncpy(char *__restrict __dest, const char *__restrict __src, size_t __n);
extern char *strsignal(int __sig);
extern char *strsep(char **__restrict __stringp, const char *__restrict __delim);
extern void explicit_bzero(void *__s, size_t __n);
#if __ALT_GNU
/* The GNU variant returns the message, which may or may not be in __buf. */
extern char *strerror_r(int __errnum, char *__buf, size_t __buflen);
#else
/* The POSIX variant fills __buf and returns 0 or an error number (glibc's __xpg_strerror_r). */
extern int __xpg_strerror_r(int __errnum, char *__buf, size_t __buflen);
#define strerror_r __xpg_strerror_r
#endif
/* As on glibc, <string.h> also declares the <strings.h> functions. */
#include <strings.h>
#endif /* __ALT_EXT */

#if __ALT_GNU
extern void *memmem(const void *__haystack, size_t __haystacklen, const void *__needle,
                    size_t __needlelen);
extern void *mempcpy(void *__restrict __dest, const void *__restrict __src, size_t __n);
extern void *memrchr(const void *__s, int __c, size_t __n);
extern void *rawmemchr(const void *__s, int __c);
extern char *strcasestr(const char *__haystack, const char *__needle);
extern char *strchrnul(const char *__s, int __c);
extern int strverscmp(const char *__s1, const char *__s2);
extern char *strfry(char *__string);
#endif /* __ALT_GNU */

#endif /* __ALTITUDE_STRING_H */
