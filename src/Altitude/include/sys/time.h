/* Altitude C library: <sys/time.h> (POSIX and BSD) */
#ifndef __ALTITUDE_SYS_TIME_H
#define __ALTITUDE_SYS_TIME_H

#include <sys/types.h>
/* As on Linux, <sys/time.h> also provides fd_set and select. */
#include <sys/select.h>

struct timezone {
    int tz_minuteswest;
    int tz_dsttime;
};

#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2

struct itimerval {
    struct timeval it_interval;
    struct timeval it_value;
};

extern int gettimeofday(struct timeval *__restrict __tv, void *__restrict __tz);
extern int settimeofday(const struct timeval *__tv, const struct timezone *__tz);
extern int getitimer(int __which, struct itimerval *__value);
extern int setitimer(int __which, const struct itimerval *__restrict __new,
                     struct itimerval *__restrict __old);
extern int utimes(const char *__file, const struct timeval __tvp[2]);
extern int lutimes(const char *__file, const struct timeval __tvp[2]);
extern int futimes(int __fd, const struct timeval __tvp[2]);

#define timerisset(tvp) ((tvp)->tv_sec || (tvp)->tv_usec)
#define timerclear(tvp) ((tvp)->tv_sec = (tvp)->tv_usec = 0)
#define timercmp(a, b, CMP) \
    (((a)->tv_sec == (b)->tv_sec) ? ((a)->tv_usec CMP (b)->tv_usec) \
                                  : ((a)->tv_sec CMP (b)->tv_sec))
#define timeradd(a, b, result) \
    do { \
        (result)->tv_sec = (a)->tv_sec + (b)->tv_sec; \
        (result)->tv_usec = (a)->tv_usec + (b)->tv_usec; \
        if ((result)->tv_usec >= 1000000) { \
            ++(result)->tv_sec; \
            (result)->tv_usec -= 1000000; \
        } \
    } while (0)
#define timersub(a, b, result) \
    do { \
        (result)->tv_sec = (a)->tv_sec - (b)->tv_sec; \
        (result)->tv_usec = (a)->tv_usec - (b)->tv_usec; \
        if ((result)->tv_usec < 0) { \
            --(result)->tv_sec; \
            (result)->tv_usec += 1000000; \
        } \
    } while (0)

#endif /* __ALTITUDE_SYS_TIME_H */
