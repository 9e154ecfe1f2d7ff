/* Altitude C library: <sys/resource.h> (POSIX; x86-64 Linux values) */
#ifndef __ALTITUDE_SYS_RESOURCE_H
#define __ALTITUDE_SYS_RESOURCE_H

#include <sys/types.h>
#include <sys/time.h>

typedef unsigned long rlim_t;

#define RLIMIT_CPU 0
#define RLIMIT_FSIZE 1
#define RLIMIT_DATA 2
#define RLIMIT_STACK 3
#define RLIMIT_CORE 4
#define RLIMIT_RSS 5
#define RLIMIT_NPROC 6
#define RLIMIT_NOFILE 7
#define RLIMIT_OFILE RLIMIT_NOFILE
#define RLIMIT_MEMLOCK 8
#define RLIMIT_AS 9
#define RLIMIT_LOCKS 10
#define RLIMIT_SIGPENDING 11
#define RLIMIT_MSGQUEUE 12
#define RLIMIT_NICE 13
#define RLIMIT_RTPRIO 14
#define RLIMIT_RTTIME 15
#define RLIMIT_NLIMITS 16
#define RLIM_NLIMITS RLIMIT_NLIMITS
#define RLIM_INFINITY ((rlim_t)-1)
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)
#define RUSAGE_THREAD 1

#define PRIO_PROCESS 0
#define PRIO_PGRP 1
#define PRIO_USER 2

struct rlimit {
    rlim_t rlim_cur;
    rlim_t rlim_max;
};

/* 144 bytes, as on x86-64 Linux. */
struct rusage {
    struct timeval ru_utime;
    struct timeval ru_stime;
    long ru_maxrss;
    long ru_ixrss;
    long ru_idrss;
    long ru_isrss;
    long ru_minflt;
    long ru_majflt;
    long ru_nswap;
    long ru_inblock;
    long ru_oublock;
    long ru_msgsnd;
    long ru_msgrcv;
    long ru_nsignals;
    long ru_nvcsw;
    long ru_nivcsw;
};

extern int getrlimit(int __resource, struct rlimit *__rlimits);
extern int setrlimit(int __resource, const struct rlimit *__rlimits);
extern int getrusage(int __who, struct rusage *__usage);
extern int getpriority(int __which, id_t __who);
extern int setpriority(int __which, id_t __who, int __prio);

#include <features.h>
#if defined(_LARGEFILE64_SOURCE) || __ALT_GNU
/* On LP64 the 64-bit-offset interfaces are the ordinary ones under other names. */
#define rlim64_t rlim_t
#define rlimit64 rlimit
#define getrlimit64 getrlimit
#define setrlimit64 setrlimit
#endif

#endif /* __ALTITUDE_SYS_RESOURCE_H */
