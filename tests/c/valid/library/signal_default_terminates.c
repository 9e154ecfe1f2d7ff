// Library: raise() of a signal whose action is the default ends the program as killed by it (status 128 + SIGTERM = 143); unflushed output is lost.
// expect-exit: 143
// expect-stdout:
// | flushed before the signal
#include <signal.h>
#include <stdio.h>
int main(void) {
    printf("flushed before the signal\n");
    fflush(stdout);
    printf("still in the buffer, lost");
    raise(SIGTERM);
    printf("not reached\n");
    return 0;
}
