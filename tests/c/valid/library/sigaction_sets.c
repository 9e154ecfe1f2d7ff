// Library: sigaction with SA_SIGINFO and SA_RESETHAND, signal sets, sigprocmask, and siglongjmp out of a handler.
// expect-exit: 0
// expect-stdout:
// | 0
// | old dfl 1 flags 0
// | got 12 code 94
// | reset 1
// | 1 0 1 8000000000000002
// | 0 0 1
// | 0 0
// | -1
// | jumped 14
// | 0
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <setjmp.h>
static volatile sig_atomic_t got, code;
static void act(int sig, siginfo_t *info, void *ctx) { (void)ctx; got = sig; code = info->si_code + 100 * (info->si_signo == sig); }
static sigjmp_buf env;
static void jump(int sig) { siglongjmp(env, sig); }
/* raise() delivers SIGALRM synchronously, so jumping out of the handler is well defined here. */
int main(void) {
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = act; sa.sa_flags = SA_SIGINFO | SA_RESETHAND; sigemptyset(&sa.sa_mask);
  struct sigaction old; printf("%d\n", sigaction(SIGUSR2, &sa, &old)); printf("old dfl %d flags %d\n", old.sa_handler == SIG_DFL, old.sa_flags);
  raise(SIGUSR2); printf("got %d code %d\n", got, code);
  sigaction(SIGUSR2, NULL, &old); printf("reset %d\n", old.sa_handler == SIG_DFL);
  sigset_t s; sigemptyset(&s); sigaddset(&s, SIGINT); sigaddset(&s, 64); printf("%d %d %d %lx\n", sigismember(&s, SIGINT), sigismember(&s, SIGTERM), sigismember(&s, 64), *(unsigned long *)&s);
  sigfillset(&s); printf("%d %d %d\n", sigismember(&s, 32), sigismember(&s, 33), sigismember(&s, 1));
  int del = sigdelset(&s, 1); printf("%d %d\n", del, sigismember(&s, 1));
  int bad = sigaddset(&s, 2000); printf("%d\n", bad);
  signal(SIGALRM, jump); int r = sigsetjmp(env, 1); if (r == 0) { raise(SIGALRM); printf("no\n"); } else printf("jumped %d\n", r);
  sigset_t o; printf("%d\n", sigprocmask(SIG_BLOCK, &s, &o));
  return 0; }
