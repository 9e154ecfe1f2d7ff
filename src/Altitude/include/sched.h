/* Altitude C library: <sched.h> (POSIX, minimal) */
#ifndef __ALTITUDE_SCHED_H
#define __ALTITUDE_SCHED_H

#ifndef __ALT_PID_T
#define __ALT_PID_T
typedef int pid_t;
#endif
#ifndef __ALT_STRUCT_TIMESPEC
#define __ALT_STRUCT_TIMESPEC
struct timespec {
    long tv_sec;
    long tv_nsec;
};
#endif

#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2

struct sched_param {
    int sched_priority;
};

extern int sched_yield(void);
extern int sched_get_priority_max(int __algorithm);
extern int sched_get_priority_min(int __algorithm);
extern int sched_getparam(pid_t __pid, struct sched_param *__param);
extern int sched_setparam(pid_t __pid, const struct sched_param *__param);
extern int sched_getscheduler(pid_t __pid);
extern int sched_setscheduler(pid_t __pid, int __policy, const struct sched_param *__param);
extern int sched_rr_get_interval(pid_t __pid, struct timespec *__t);

#endif /* __ALTITUDE_SCHED_H */
