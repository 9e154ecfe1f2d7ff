/* Altitude C library: <utime.h> (POSIX) */
#ifndef __ALTITUDE_UTIME_H
#define __ALTITUDE_UTIME_H

#ifndef __ALT_TIME_T
#define __ALT_TIME_T
typedef long time_t;
#endif

struct utimbuf {
    time_t actime;
    time_t modtime;
};

extern int utime(const char *__file, const struct utimbuf *__file_times);

#endif /* __ALTITUDE_UTIME_H */
