/* Altitude C library: <dirent.h> (POSIX; x86-64 Linux layout) */
#ifndef __ALTITUDE_DIRENT_H
#define __ALTITUDE_DIRENT_H

#include <sys/types.h>

/* 280 bytes, as on x86-64 Linux. */
struct dirent {
    ino_t d_ino;
    off_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[256];
};
#define _DIRENT_HAVE_D_RECLEN
#define _DIRENT_HAVE_D_OFF
#define _DIRENT_HAVE_D_TYPE

#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12
#define DT_WHT 14

/* Directory streams are opaque. */
typedef struct __altitude_dir DIR;

extern DIR *opendir(const char *__name);
extern DIR *fdopendir(int __fd);
extern struct dirent *readdir(DIR *__dirp);
extern int readdir_r(DIR *__restrict __dirp, struct dirent *__restrict __entry,
                     struct dirent **__restrict __result);
extern int closedir(DIR *__dirp);
extern void rewinddir(DIR *__dirp);
extern void seekdir(DIR *__dirp, long __pos);
extern long telldir(DIR *__dirp);
extern int dirfd(DIR *__dirp);
extern int scandir(const char *__restrict __dir, struct dirent ***__restrict __namelist,
                   int (*__selector)(const struct dirent *),
                   int (*__cmp)(const struct dirent **, const struct dirent **));
extern int alphasort(const struct dirent **__e1, const struct dirent **__e2);

#include <features.h>
#if defined(_LARGEFILE64_SOURCE) || __ALT_GNU
/* On LP64 the 64-bit-offset interfaces are the ordinary ones under other names. */
#define dirent64 dirent
#define readdir64 readdir
#define readdir64_r readdir_r
#define scandir64 scandir
#define alphasort64 alphasort
#endif

#endif /* __ALTITUDE_DIRENT_H */
