// Control: _Exit terminates without running atexit handlers (stdout flushed explicitly first).
// expect-exit: 9
// expect-stdout:
// | before _Exit
#include <stdio.h>
#include <stdlib.h>
static void handler(void) { puts("handler must not run"); }
int main(void) {
    atexit(handler);
    puts("before _Exit");
    fflush(stdout);
    _Exit(9);
}
