/* Altitude C library: <sys/select.h> (POSIX) */
#ifndef __ALTITUDE_SYS_SELECT_H
#define __ALTITUDE_SYS_SELECT_H

#include <sys/types.h>

#ifndef __ALT_STRUCT_TIMESPEC
#define __ALT_STRUCT_TIMESPEC
struct timespec {
    time_t tv_sec;
    long tv_nsec;
};
#endif
#ifndef __ALT_STRUCT_TIMEVAL
#define __ALT_STRUCT_TIMEVAL
struct timeval {
    time_t tv_sec;
    suseconds_t tv_usec;
};
#endif
#ifndef __ALT_SIGSET_T
#define __ALT_SIGSET_T
/* 1024 signal bits, as on x86-64 Linux (128 bytes). */
typedef struct {
    unsigned long __alt_bits[16];
} sigset_t;
#endif

#define FD_SETSIZE 1024
typedef long fd_mask;
#define NFDBITS (8 * (int)sizeof(fd_mask))

/* 128 bytes: one bit per descriptor below FD_SETSIZE. */
typedef struct {
    fd_mask fds_bits[FD_SETSIZE / (8 * (int)sizeof(fd_mask))];
} fd_set;

#define __ALT_FD_MASK(fd) ((fd_mask)(1UL << ((fd) % NFDBITS)))
#define FD_SET(fd, set) ((void)((set)->fds_bits[(fd) / NFDBITS] |= __ALT_FD_MASK(fd)))
#define FD_CLR(fd, set) ((void)((set)->fds_bits[(fd) / NFDBITS] &= ~__ALT_FD_MASK(fd)))
#define FD_ISSET(fd, set) (((set)->fds_bits[(fd) / NFDBITS] & __ALT_FD_MASK(fd)) != 0)
#define FD_ZERO(set) \
    do { \
        unsigned int __alt_i; \
        fd_set *__alt_set = (set); \
        for (__alt_i = 0; __alt_i < sizeof(fd_set) / sizeof(fd_mask); ++__alt_i) \
            __alt_set->fds_bits[__alt_i] = 0; \
    } while (0)

extern int select(int __nfds, fd_set *__restrict __readfds, fd_set *__restrict __writefds,
                  fd_set *__restrict __exceptfds, struct timeval *__restrict __timeout);
extern int pselect(int __nfds, fd_set *__restrict __readfds, fd_set *__restrict __writefds,
                   fd_set *__restrict __exceptfds, const struct timespec *__restrict __timeout,
                   const sigset_t *__restrict __sigmask);

#endif /* __ALTITUDE_SYS_SELECT_H */
