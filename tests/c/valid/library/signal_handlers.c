// Library: signal() returns the previous handler, raise() runs the handler synchronously, handlers stay installed, SIG_IGN ignores.
// expect-exit: 0
// expect-stdout:
// | first install returns SIG_DFL: 1
// | raise: 0
// | count 1 last 10
// | still installed: count 2
// | previous is on_signal: 1
// | last -10
// | ignored raise: 0
// | previous is SIG_IGN: 1
// | SIGCHLD default is ignore: 0
// | SIGKILL: 1 errno 1
// | bad number: 1 errno 1
// | count 3 last 15
#include <errno.h>
#include <signal.h>
#include <stdio.h>
static volatile sig_atomic_t count;
static volatile sig_atomic_t last;
static void on_signal(int sig) {
    count++;
    last = sig;
}
static void other(int sig) { last = -sig; }
int main(void) {
    void (*previous)(int) = signal(SIGUSR1, on_signal);
    printf("first install returns SIG_DFL: %d\n", previous == SIG_DFL);
    printf("raise: %d\n", raise(SIGUSR1));
    printf("count %d last %d\n", (int)count, (int)last);
    raise(SIGUSR1);
    printf("still installed: count %d\n", (int)count);
    previous = signal(SIGUSR1, other);
    printf("previous is on_signal: %d\n", previous == on_signal);
    raise(SIGUSR1);
    printf("last %d\n", (int)last);
    signal(SIGINT, SIG_IGN);
    printf("ignored raise: %d\n", raise(SIGINT));
    previous = signal(SIGINT, SIG_DFL);
    printf("previous is SIG_IGN: %d\n", previous == SIG_IGN);
    signal(SIGCHLD, SIG_DFL);
    printf("SIGCHLD default is ignore: %d\n", raise(SIGCHLD));
    errno = 0;
    int failed = signal(SIGKILL, on_signal) == SIG_ERR;
    printf("SIGKILL: %d errno %d\n", failed, errno == EINVAL);
    errno = 0;
    failed = signal(0, on_signal) == SIG_ERR;
    printf("bad number: %d errno %d\n", failed, errno == EINVAL);
    signal(SIGTERM, on_signal);
    raise(SIGTERM);
    printf("count %d last %d\n", (int)count, (int)last);
    return 0;
}
