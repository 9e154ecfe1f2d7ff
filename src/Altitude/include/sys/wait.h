/* Altitude C library: <sys/wait.h> (POSIX, minimal)
 * Status words are encoded as on Linux: exit status in bits 8-15,
 * terminating signal in bits 0-6, core-dump flag in bit 7, 0x7f in the low
 * byte for a stopped child. */
#ifndef __ALTITUDE_SYS_WAIT_H
#define __ALTITUDE_SYS_WAIT_H

#include <sys/types.h>

#define WNOHANG 1
#define WUNTRACED 2
#define WSTOPPED 2
#define WEXITED 4
#define WCONTINUED 8
#define WNOWAIT 0x01000000

#define WEXITSTATUS(status) (((status) & 0xff00) >> 8)
#define WTERMSIG(status) ((status) & 0x7f)
#define WSTOPSIG(status) WEXITSTATUS(status)
#define WIFEXITED(status) (WTERMSIG(status) == 0)
#define WIFSIGNALED(status) (((((status) & 0x7f) + 1) & 0x7f) > 1)
#define WIFSTOPPED(status) (((status) & 0xff) == 0x7f)
#define WIFCONTINUED(status) ((status) == 0xffff)
#define WCOREDUMP(status) ((status) & 0x80)

extern pid_t wait(int *__stat_loc);
extern pid_t waitpid(pid_t __pid, int *__stat_loc, int __options);

#endif /* __ALTITUDE_SYS_WAIT_H */
