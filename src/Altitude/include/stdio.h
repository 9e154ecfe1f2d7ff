/* Altitude C library: <stdio.h> (C17 7.21; POSIX and GNU additions) */
#ifndef __ALTITUDE_STDIO_H
#define __ALTITUDE_STDIO_H

#include <features.h>

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef NULL
#define NULL ((void*)0)
#endif

/* Streams are opaque: programs only ever hold FILE pointers. */
#ifndef __ALT_FILE
#define __ALT_FILE
typedef struct _IO_FILE FILE;
#endif

#ifndef __ALT_MBSTATE_T
#define __ALT_MBSTATE_T
/* 8 bytes, alignment 4. */
typedef struct {
    int __alt_count;
    union {
        unsigned int __alt_wch;
        char __alt_bytes[4];
    } __alt_value;
} mbstate_t;
#endif

/* 16 bytes: a file offset and a shift state. */
typedef struct {
    long __alt_pos;
    mbstate_t __alt_state;
} fpos_t;

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define BUFSIZ 8192
#define EOF (-1)
#define FOPEN_MAX 16
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define TMP_MAX 238328
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

/* 7.21.4 Operations on files */
extern int remove(const char *__filename);
extern int rename(const char *__old, const char *__new);
extern FILE *tmpfile(void);
extern char *tmpnam(char *__s);

/* 7.21.5 File access functions */
extern int fclose(FILE *__stream);
extern int fflush(FILE *__stream);
extern FILE *fopen(const char *__restrict __filename, const char *__restrict __mode);
extern FILE *freopen(const char *__restrict __filename, const char *__restrict __mode,
                     FILE *__restrict __stream);
extern void setbuf(FILE *__restrict __stream, char *__restrict __buf);
extern int setvbuf(FILE *__restrict __stream, char *__restrict __buf, int __mode, size_t __size);

/* 7.21.6 Formatted input/output functions */
extern int fprintf(FILE *__restrict __stream, const char *__restrict __format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
extern int fscanf(FILE *__restrict __stream, const char *__restrict __format, ...)
    __attribute__((__format__(__scanf__, 2, 3)));
extern int printf(const char *__restrict __format, ...)
    __attribute__((__format__(__printf__, 1, 2)));
extern int scanf(const char *__restrict __format, ...)
    __attribute__((__format__(__scanf__, 1, 2)));
extern int snprintf(char *__restrict __s, size_t __n, const char *__restrict __format, ...)
    __attribute__((__format__(__printf__, 3, 4)));
extern int sprintf(char *__restrict __s, const char *__restrict __format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
extern int sscanf(const char *__restrict __s, const char *__restrict __format, ...)
    __attribute__((__format__(__scanf__, 2, 3)));
extern int vfprintf(FILE *__restrict __stream, const char *__restrict __format,
                    __builtin_va_list __arg)
    __attribute__((__format__(__printf__, 2, 0)));
extern int vfscanf(FILE *__restrict __stream, const char *__restrict __format,
                   __builtin_va_list __arg)
    __attribute__((__format__(__scanf__, 2, 0)));
extern int vprintf(const char *__restrict __format, __builtin_va_list __arg)
    __attribute__((__format__(__printf__, 1, 0)));
extern int vscanf(const char *__restrict __format, __builtin_va_list __arg)
    __attribute__((__format__(__scanf__, 1, 0)));
extern int vsnprintf(char *__restrict __s, size_t __n, const char *__restrict __format,
                     __builtin_va_list __arg)
    __attribute__((__format__(__printf__, 3, 0)));
extern int vsprintf(char *__restrict __s, const char *__restrict __format,
                    __builtin_va_list __arg)
    __attribute__((__format__(__printf__, 2, 0)));
extern int vsscanf(const char *__restrict __s, const char *__restrict __format,
                   __builtin_va_list __arg)
    __attribute__((__format__(__scanf__, 2, 0)));

/* 7.21.7 Character input/output functions */
extern int fgetc(FILE *__stream);
extern char *fgets(char *__restrict __s, int __n, FILE *__restrict __stream);
extern int fputc(int __c, FILE *__stream);
extern int fputs(const char *__restrict __s, FILE *__restrict __stream);
extern int getc(FILE *__stream);
extern int getchar(void);
extern int putc(int __c, FILE *__stream);
extern int putchar(int __c);
extern int puts(const char *__s);
extern int ungetc(int __c, FILE *__stream);

/* 7.21.8 Direct input/output functions */
extern size_t fread(void *__restrict __ptr, size_t __size, size_t __nmemb,
                    FILE *__restrict __stream);
extern size_t fwrite(const void *__restrict __ptr, size_t __size, size_t __nmemb,
                     FILE *__restrict __stream);

/* 7.21.9 File positioning functions */
extern int fgetpos(FILE *__restrict __stream, fpos_t *__restrict __pos);
extern int fseek(FILE *__stream, long __offset, int __whence);
extern int fsetpos(FILE *__stream, const fpos_t *__pos);
extern long ftell(FILE *__stream);
extern void rewind(FILE *__stream);

/* 7.21.10 Error-handling functions */
extern void clearerr(FILE *__stream);
extern int feof(FILE *__stream);
extern int ferror(FILE *__stream);
extern void perror(const char *__s);

#if __ALT_EXT
#ifndef __ALT_VA_LIST
#define __ALT_VA_LIST
typedef __builtin_va_list va_list;
#endif
#ifndef __ALT_OFF_T
#define __ALT_OFF_T
typedef long off_t;
#endif
#ifndef __ALT_SSIZE_T
#define __ALT_SSIZE_T
typedef long ssize_t;
#endif

#define L_ctermid 9
#define P_tmpdir "/tmp"

extern FILE *fdopen(int __fd, const char *__mode);
extern int fileno(FILE *__stream);
extern FILE *popen(const char *__command, const char *__mode);
extern int pclose(FILE *__stream);
extern FILE *fmemopen(void *__buf, size_t __size, const char *__mode);
extern FILE *open_memstream(char **__bufloc, size_t *__sizeloc);
extern int fseeko(FILE *__stream, off_t __offset, int __whence);
extern off_t ftello(FILE *__stream);
extern ssize_t getline(char **__restrict __lineptr, size_t *__restrict __n,
                       FILE *__restrict __stream);
extern ssize_t getdelim(char **__restrict __lineptr, size_t *__restrict __n, int __delim,
                        FILE *__restrict __stream);
extern int dprintf(int __fd, const char *__restrict __format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
extern int vdprintf(int __fd, const char *__restrict __format, __builtin_va_list __arg)
    __attribute__((__format__(__printf__, 2, 0)));
extern char *ctermid(char *__s);
extern char *tempnam(const char *__dir, const char *__pfx);
extern int renameat(int __oldfd, const char *__old, int __newfd, const char *__new);
extern void flockfile(FILE *__stream);
extern int ftrylockfile(FILE *__stream);
extern void funlockfile(FILE *__stream);
extern int getc_unlocked(FILE *__stream);
extern int getchar_unlocked(void);
extern int putc_unlocked(int __c, FILE *__stream);
extern int putchar_unlocked(int __c);
extern void setbuffer(FILE *__stream, char *__buf, size_t __size);
extern void setlinebuf(FILE *__stream);
#endif /* __ALT_EXT */

#if __ALT_GNU
extern int asprintf(char **__restrict __ptr, const char *__restrict __format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
extern int vasprintf(char **__restrict __ptr, const char *__restrict __format,
                     __builtin_va_list __arg)
    __attribute__((__format__(__printf__, 2, 0)));
extern int fcloseall(void);
extern int fflush_unlocked(FILE *__stream);
extern int fgetc_unlocked(FILE *__stream);
extern int fputc_unlocked(int __c, FILE *__stream);
extern size_t fread_unlocked(void *__restrict __ptr, size_t __size, size_t __n,
                             FILE *__restrict __stream);
extern size_t fwrite_unlocked(const void *__restrict __ptr, size_t __size, size_t __n,
                              FILE *__restrict __stream);
#endif /* __ALT_GNU */

#if defined(_LARGEFILE64_SOURCE) || __ALT_GNU
/* On LP64 the 64-bit-offset interfaces are the ordinary ones under other names. */
#define fpos64_t fpos_t
#define fopen64 fopen
#define freopen64 freopen
#define tmpfile64 tmpfile
#define fseeko64 fseeko
#define ftello64 ftello
#define fgetpos64 fgetpos
#define fsetpos64 fsetpos
#endif

#endif /* __ALTITUDE_STDIO_H */
