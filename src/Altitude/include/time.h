/* Altitude C library: <time.h> (C17 7.27; POSIX additions) */
#ifndef __ALTITUDE_TIME_H
#define __ALTITUDE_TIME_H

#include <features.h>

#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef NULL
#define NULL ((void*)0)
#endif
#ifndef __ALT_TIME_T
#define __ALT_TIME_T
typedef long time_t;
#endif
#ifndef __ALT_CLOCK_T
#define __ALT_CLOCK_T
typedef long clock_t;
#endif
#ifndef __ALT_STRUCT_TIMESPEC
#define __ALT_STRUCT_TIMESPEC
struct timespec {
    time_t tv_sec;
    long tv_nsec;
};
#endif

/* Layout as on x86-64 Linux (size 56), including the BSD members. */
struct tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};

#define CLOCKS_PER_SEC ((clock_t)1000000)
#define TIME_UTC 1

extern clock_t clock(void);
extern double difftime(time_t __time1, time_t __time0);
extern time_t mktime(struct tm *__timeptr);
extern time_t time(time_t *__timer);
extern int timespec_get(struct timespec *__ts, int __base);
extern char *asctime(const struct tm *__timeptr);
extern char *ctime(const time_t *__timer);
extern struct tm *gmtime(const time_t *__timer);
extern struct tm *localtime(const time_t *__timer);
extern size_t strftime(char *__restrict __s, size_t __maxsize, const char *__restrict __format,
                       const struct tm *__restrict __timeptr);

#if __ALT_EXT
#ifndef __ALT_CLOCKID_T
#define __ALT_CLOCKID_T
typedef int clockid_t;
#endif
#ifndef __ALT_TIMER_T
#define __ALT_TIMER_T
typedef void *timer_t;
#endif
#ifndef __ALT_PID_T
#define __ALT_PID_T
typedef int pid_t;
#endif
#ifndef __ALT_LOCALE_T
#define __ALT_LOCALE_T
typedef struct __altitude_locale *locale_t;
#endif

struct itimerspec {
    struct timespec it_interval;
    struct timespec it_value;
};
struct sigevent;

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define TIMER_ABSTIME 1

extern char *tzname[2];
extern long timezone;
extern int daylight;
extern void tzset(void);
extern char *asctime_r(const struct tm *__restrict __tp, char *__restrict __buf);
extern char *ctime_r(const time_t *__restrict __timer, char *__restrict __buf);
extern struct tm *gmtime_r(const time_t *__restrict __timer, struct tm *__restrict __tp);
extern struct tm *localtime_r(const time_t *__restrict __timer, struct tm *__restrict __tp);
extern char *strptime(const char *__restrict __s, const char *__restrict __fmt,
                      struct tm *__restrict __tp);
extern size_t strftime_l(char *__restrict __s, size_t __maxsize,
                         const char *__restrict __format, const struct tm *__restrict __tp,
                         locale_t __loc);
extern time_t timegm(struct tm *__tp);
extern int nanosleep(const struct timespec *__requested, struct timespec *__remaining);
extern int clock_getres(clockid_t __clock_id, struct timespec *__res);
extern int clock_gettime(clockid_t __clock_id, struct timespec *__tp);
extern int clock_settime(clockid_t __clock_id, const struct timespec *__tp);
extern int clock_nanosleep(clockid_t __clock_id, int __flags, const struct timespec *__req,
                           struct timespec *__rem);
extern int clock_getcpuclockid(pid_t __pid, clockid_t *__clock_id);
extern int timer_create(clockid_t __clock_id, struct sigevent *__restrict __evp,
                        timer_t *__restrict __timerid);
extern int timer_delete(timer_t __timerid);
extern int timer_settime(timer_t __timerid, int __flags,
                         const struct itimerspec *__restrict __value,
                         struct itimerspec *__restrict __ovalue);
extern int timer_gettime(timer_t __timerid, struct itimerspec *__value);
extern int timer_getoverrun(timer_t __timerid);
#endif /* __ALT_EXT */

#endif /* __ALTITUDE_TIME_H */
