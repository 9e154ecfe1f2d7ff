// Library: signal() installs a handler; raise() calls it synchronously.
// expect-exit: 0
// expect-stdout:
// | 1
// | ignored
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <signal.h>
static volatile sig_atomic_t got = 0;
static void handler(int sig) { got = sig; }
int main(void) {
    if (signal(SIGUSR1, handler) == SIG_ERR) return 1;
    raise(SIGUSR1);
    printf("%d\n", got == SIGUSR1);
    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    puts("ignored");
    return 0;
}
