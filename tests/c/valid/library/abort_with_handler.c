// Library: abort() runs a SIGABRT handler first; when the handler returns, the program still ends with status 134.
// expect-exit: 134
// expect-stdout:
// | calling abort
// | handler for signal 6
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
static void on_abort(int sig) {
    printf("handler for signal %d\n", sig);
    fflush(stdout);
}
int main(void) {
    signal(SIGABRT, on_abort);
    printf("calling abort\n");
    fflush(stdout);
    abort();
}
