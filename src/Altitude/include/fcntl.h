/* Altitude C library: <fcntl.h> (POSIX; x86-64 Linux flag values) */
#ifndef __ALTITUDE_FCNTL_H
#define __ALTITUDE_FCNTL_H

#include <features.h>

#ifndef __ALT_OFF_T
#define __ALT_OFF_T
typedef long off_t;
#endif
#ifndef __ALT_PID_T
#define __ALT_PID_T
typedef int pid_t;
#endif
#ifndef __ALT_MODE_T
#define __ALT_MODE_T
typedef unsigned int mode_t;
#endif

#define O_ACCMODE 0003
#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_CREAT 0100
#define O_EXCL 0200
#define O_NOCTTY 0400
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_NDELAY O_NONBLOCK
#define O_DSYNC 010000
#define O_ASYNC 020000
#define O_DIRECT 040000
#define O_LARGEFILE 0
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
#define O_NOATIME 01000000
#define O_CLOEXEC 02000000
#define O_SYNC 04010000
#define O_RSYNC O_SYNC
#define O_PATH 010000000
#define O_TMPFILE (020000000 | O_DIRECTORY)
#define FASYNC O_ASYNC

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define F_SETOWN 8
#define F_GETOWN 9
#define F_DUPFD_CLOEXEC 1030
#define FD_CLOEXEC 1

#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

#define AT_FDCWD (-100)
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_REMOVEDIR 0x200
#define AT_EACCESS 0x200
#define AT_SYMLINK_FOLLOW 0x400
#define AT_EMPTY_PATH 0x1000

#define POSIX_FADV_NORMAL 0
#define POSIX_FADV_RANDOM 1
#define POSIX_FADV_SEQUENTIAL 2
#define POSIX_FADV_WILLNEED 3
#define POSIX_FADV_DONTNEED 4
#define POSIX_FADV_NOREUSE 5

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

#include <bits/mode.h>

/* 32 bytes, as on x86-64 Linux. */
struct flock {
    short l_type;
    short l_whence;
    off_t l_start;
    off_t l_len;
    pid_t l_pid;
};

extern int open(const char *__file, int __oflag, ...);
extern int openat(int __fd, const char *__file, int __oflag, ...);
extern int creat(const char *__file, mode_t __mode);
extern int fcntl(int __fd, int __cmd, ...);
extern int posix_fadvise(int __fd, off_t __offset, off_t __len, int __advise);
extern int posix_fallocate(int __fd, off_t __offset, off_t __len);

#if __ALT_GNU
extern int fallocate(int __fd, int __mode, off_t __offset, off_t __len);
#endif

#if defined(_LARGEFILE64_SOURCE) || __ALT_GNU
/* On LP64 the 64-bit-offset interfaces are the ordinary ones under other names. */
#define open64 open
#define openat64 openat
#define creat64 creat
#define posix_fallocate64 posix_fallocate
#define posix_fadvise64 posix_fadvise
#define flock64 flock
#endif

#endif /* __ALTITUDE_FCNTL_H */
