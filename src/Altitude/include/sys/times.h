/* Altitude C library: <sys/times.h> (POSIX) */
#ifndef __ALTITUDE_SYS_TIMES_H
#define __ALTITUDE_SYS_TIMES_H

#ifndef __ALT_CLOCK_T
#define __ALT_CLOCK_T
typedef long clock_t;
#endif

struct tms {
    clock_t tms_utime;
    clock_t tms_stime;
    clock_t tms_cutime;
    clock_t tms_cstime;
};

extern clock_t times(struct tms *__buffer);

#endif /* __ALTITUDE_SYS_TIMES_H */
