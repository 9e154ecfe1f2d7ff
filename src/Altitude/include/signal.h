/* Altitude C library: <signal.h> (C17 7.14; POSIX signals with their
 * x86-64 Linux numbers and layouts) */
#ifndef __ALTITUDE_SIGNAL_H
#define __ALTITUDE_SIGNAL_H

#include <features.h>

typedef int sig_atomic_t;
typedef void (*__sighandler_t)(int);

#define SIG_ERR ((__sighandler_t)-1)
#define SIG_DFL ((__sighandler_t)0)
#define SIG_IGN ((__sighandler_t)1)

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT SIGABRT
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL SIGIO
#define SIGPWR 30
#define SIGSYS 31

extern __sighandler_t signal(int __sig, __sighandler_t __handler);
extern int raise(int __sig);

#if __ALT_EXT
#ifndef __ALT_SIZE_T
#define __ALT_SIZE_T
typedef __SIZE_TYPE__ size_t;
#endif
#ifndef __ALT_PID_T
#define __ALT_PID_T
typedef int pid_t;
#endif
#ifndef __ALT_UID_T
#define __ALT_UID_T
typedef unsigned int uid_t;
#endif
#ifndef __ALT_PTHREAD_T
#define __ALT_PTHREAD_T
typedef unsigned long pthread_t;
#endif
#ifndef __ALT_STRUCT_TIMESPEC
#define __ALT_STRUCT_TIMESPEC
struct timespec {
    long tv_sec;
    long tv_nsec;
};
#endif
#ifndef __ALT_SIGSET_T
#define __ALT_SIGSET_T
/* 1024 signal bits, as on x86-64 Linux (128 bytes). */
typedef struct {
    unsigned long __alt_bits[16];
} sigset_t;
#endif

#define NSIG 65
#define SIGRTMIN (__libc_current_sigrtmin())
#define SIGRTMAX (__libc_current_sigrtmax())
extern int __libc_current_sigrtmin(void);
extern int __libc_current_sigrtmax(void);

#define SIG_HOLD ((__sighandler_t)2)
#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND

#define SI_USER 0
#define SI_KERNEL 0x80
#define SI_QUEUE (-1)
#define SI_TIMER (-2)

#define SS_ONSTACK 1
#define SS_DISABLE 2
#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192

union sigval {
    int sival_int;
    void *sival_ptr;
};
typedef union sigval sigval_t;

/* 128 bytes; the member offsets match x86-64 Linux. */
typedef struct {
    int si_signo;
    int si_errno;
    int si_code;
    union {
        int __alt_pad[28];
        struct {
            pid_t __alt_pid;
            uid_t __alt_uid;
            int __alt_status;
            long __alt_utime;
            long __alt_stime;
        } __alt_proc;
        struct {
            pid_t __alt_pid;
            uid_t __alt_uid;
            union sigval __alt_value;
        } __alt_rt;
        struct {
            void *__alt_addr;
        } __alt_fault;
        struct {
            long __alt_band;
            int __alt_fd;
        } __alt_poll;
    } __alt_fields;
} siginfo_t;
#define si_pid __alt_fields.__alt_proc.__alt_pid
#define si_uid __alt_fields.__alt_proc.__alt_uid
#define si_status __alt_fields.__alt_proc.__alt_status
#define si_utime __alt_fields.__alt_proc.__alt_utime
#define si_stime __alt_fields.__alt_proc.__alt_stime
#define si_value __alt_fields.__alt_rt.__alt_value
#define si_int __alt_fields.__alt_rt.__alt_value.sival_int
#define si_ptr __alt_fields.__alt_rt.__alt_value.sival_ptr
#define si_addr __alt_fields.__alt_fault.__alt_addr
#define si_band __alt_fields.__alt_poll.__alt_band
#define si_fd __alt_fields.__alt_poll.__alt_fd

/* 152 bytes, as on x86-64 Linux. */
struct sigaction {
    union {
        __sighandler_t sa_handler;
        void (*sa_sigaction)(int, siginfo_t *, void *);
    } __alt_handler;
    sigset_t sa_mask;
    int sa_flags;
    void (*sa_restorer)(void);
};
#define sa_handler __alt_handler.sa_handler
#define sa_sigaction __alt_handler.sa_sigaction

typedef struct {
    void *ss_sp;
    int ss_flags;
    size_t ss_size;
} stack_t;

extern int kill(pid_t __pid, int __sig);
extern int killpg(pid_t __pgrp, int __sig);
extern int sigaction(int __sig, const struct sigaction *__restrict __act,
                     struct sigaction *__restrict __oact);
extern int sigemptyset(sigset_t *__set);
extern int sigfillset(sigset_t *__set);
extern int sigaddset(sigset_t *__set, int __signo);
extern int sigdelset(sigset_t *__set, int __signo);
extern int sigismember(const sigset_t *__set, int __signo);
extern int sigprocmask(int __how, const sigset_t *__restrict __set, sigset_t *__restrict __oset);
extern int sigpending(sigset_t *__set);
extern int sigsuspend(const sigset_t *__set);
extern int sigwait(const sigset_t *__restrict __set, int *__restrict __sig);
extern int sigwaitinfo(const sigset_t *__restrict __set, siginfo_t *__restrict __info);
extern int sigtimedwait(const sigset_t *__restrict __set, siginfo_t *__restrict __info,
                        const struct timespec *__restrict __timeout);
extern int sigqueue(pid_t __pid, int __sig, const union sigval __val);
extern int sigaltstack(const stack_t *__restrict __ss, stack_t *__restrict __oss);
extern int siginterrupt(int __sig, int __interrupt);
extern int pthread_sigmask(int __how, const sigset_t *__restrict __newmask,
                           sigset_t *__restrict __oldmask);
extern int pthread_kill(pthread_t __threadid, int __signo);
extern void psignal(int __sig, const char *__s);
extern void psiginfo(const siginfo_t *__pinfo, const char *__s);
#endif /* __ALT_EXT */

#if __ALT_GNU
typedef __sighandler_t sighandler_t;
#endif

#endif /* __ALTITUDE_SIGNAL_H */
