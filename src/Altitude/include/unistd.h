/* Altitude C library: <unistd.h> (POSIX) */
#ifndef __ALTITUDE_UNISTD_H
#define __ALTITUDE_UNISTD_H

#include <features.h>
#include <sys/types.h>

#ifndef NULL
#define NULL ((void*)0)
#endif
#ifndef __ALT_INTPTR_T
#define __ALT_INTPTR_T
typedef long intptr_t;
#endif

#define _POSIX_VERSION 200809L
#define _POSIX2_VERSION 200809L
#define _XOPEN_VERSION 700
#define _POSIX_TIMERS 200809L
#define _POSIX_MONOTONIC_CLOCK 0

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define R_OK 4
#define W_OK 2
#define X_OK 1
#define F_OK 0

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

#define F_ULOCK 0
#define F_LOCK 1
#define F_TLOCK 2
#define F_TEST 3

/* pathconf names */
#define _PC_LINK_MAX 0
#define _PC_MAX_CANON 1
#define _PC_MAX_INPUT 2
#define _PC_NAME_MAX 3
#define _PC_PATH_MAX 4
#define _PC_PIPE_BUF 5
#define _PC_CHOWN_RESTRICTED 6
#define _PC_NO_TRUNC 7
#define _PC_VDISABLE 8

/* sysconf names */
#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_NGROUPS_MAX 3
#define _SC_OPEN_MAX 4
#define _SC_STREAM_MAX 5
#define _SC_TZNAME_MAX 6
#define _SC_JOB_CONTROL 7
#define _SC_SAVED_IDS 8
#define _SC_REALTIME_SIGNALS 9
#define _SC_VERSION 29
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_LINE_MAX 43
#define _SC_GETGR_R_SIZE_MAX 69
#define _SC_GETPW_R_SIZE_MAX 70
#define _SC_LOGIN_NAME_MAX 71
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES 85
#define _SC_AVPHYS_PAGES 86
#define _SC_MONOTONIC_CLOCK 149
#define _SC_HOST_NAME_MAX 180

extern int access(const char *__name, int __type);
extern int faccessat(int __fd, const char *__file, int __type, int __flag);
extern unsigned int alarm(unsigned int __seconds);
extern int chdir(const char *__path);
extern int fchdir(int __fd);
extern int chown(const char *__file, uid_t __owner, gid_t __group);
extern int fchown(int __fd, uid_t __owner, gid_t __group);
extern int lchown(const char *__file, uid_t __owner, gid_t __group);
extern int fchownat(int __fd, const char *__file, uid_t __owner, gid_t __group, int __flag);
extern int close(int __fd);
extern int dup(int __fd);
extern int dup2(int __fd, int __fd2);
extern int execl(const char *__path, const char *__arg, ...);
extern int execle(const char *__path, const char *__arg, ...);
extern int execlp(const char *__file, const char *__arg, ...);
extern int execv(const char *__path, char *const __argv[]);
extern int execve(const char *__path, char *const __argv[], char *const __envp[]);
extern int execvp(const char *__file, char *const __argv[]);
extern int fexecve(int __fd, char *const __argv[], char *const __envp[]);
extern void _exit(int __status) __attribute__((__noreturn__));
extern pid_t fork(void);
extern long fpathconf(int __fd, int __name);
extern long pathconf(const char *__path, int __name);
extern long sysconf(int __name);
extern int fsync(int __fd);
extern int fdatasync(int __fd);
extern void sync(void);
extern int ftruncate(int __fd, off_t __length);
extern int truncate(const char *__file, off_t __length);
extern char *getcwd(char *__buf, size_t __size);
extern gid_t getegid(void);
extern uid_t geteuid(void);
extern gid_t getgid(void);
extern uid_t getuid(void);
extern int getgroups(int __size, gid_t __list[]);
extern int gethostname(char *__name, size_t __len);
extern char *getlogin(void);
extern int getlogin_r(char *__name, size_t __name_len);
extern int getpagesize(void);
extern pid_t getpid(void);
extern pid_t getppid(void);
extern pid_t getpgrp(void);
extern pid_t getpgid(pid_t __pid);
extern int setpgid(pid_t __pid, pid_t __pgid);
extern pid_t getsid(pid_t __pid);
extern pid_t setsid(void);
extern int setuid(uid_t __uid);
extern int setgid(gid_t __gid);
extern int seteuid(uid_t __uid);
extern int setegid(gid_t __gid);
extern int isatty(int __fd);
extern char *ttyname(int __fd);
extern int ttyname_r(int __fd, char *__buf, size_t __buflen);
extern int link(const char *__from, const char *__to);
extern int linkat(int __fromfd, const char *__from, int __tofd, const char *__to, int __flags);
extern int symlink(const char *__from, const char *__to);
extern int symlinkat(const char *__from, int __tofd, const char *__to);
extern ssize_t readlink(const char *__restrict __path, char *__restrict __buf, size_t __len);
extern ssize_t readlinkat(int __fd, const char *__restrict __path, char *__restrict __buf,
                          size_t __len);
extern int unlink(const char *__name);
extern int unlinkat(int __fd, const char *__name, int __flag);
extern int rmdir(const char *__path);
extern off_t lseek(int __fd, off_t __offset, int __whence);
extern int lockf(int __fd, int __cmd, off_t __len);
extern int nice(int __inc);
extern int pause(void);
extern int pipe(int __pipedes[2]);
extern ssize_t read(int __fd, void *__buf, size_t __nbytes);
extern ssize_t write(int __fd, const void *__buf, size_t __n);
extern ssize_t pread(int __fd, void *__buf, size_t __nbytes, off_t __offset);
extern ssize_t pwrite(int __fd, const void *__buf, size_t __n, off_t __offset);
extern unsigned int sleep(unsigned int __seconds);
extern int usleep(useconds_t __useconds);
extern int chroot(const char *__path);
extern int getentropy(void *__buffer, size_t __length);
extern void *sbrk(intptr_t __delta);
extern int brk(void *__addr);

/* getopt (also in <getopt.h>) */
extern char *optarg;
extern int optind;
extern int opterr;
extern int optopt;
extern int getopt(int __argc, char *const *__argv, const char *__shortopts);

#if __ALT_GNU
extern char **environ;
extern int pipe2(int __pipedes[2], int __flags);
extern int dup3(int __fd, int __fd2, int __flags);
extern int euidaccess(const char *__name, int __type);
extern char *get_current_dir_name(void);
extern int execvpe(const char *__file, char *const __argv[], char *const __envp[]);
#endif /* __ALT_GNU */

#if defined(_LARGEFILE64_SOURCE) || __ALT_GNU
/* On LP64 the 64-bit-offset interfaces are the ordinary ones under other names. */
#define lseek64 lseek
#define ftruncate64 ftruncate
#define truncate64 truncate
#define pread64 pread
#define pwrite64 pwrite
#define lockf64 lockf
#endif

#endif /* __ALTITUDE_UNISTD_H */
