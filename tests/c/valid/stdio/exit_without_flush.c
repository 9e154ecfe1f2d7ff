// Stdio: _exit ends the program at once: output still in stdout's buffer is lost (what
// fflush wrote before stays), atexit handlers do not run.
// expect-exit: 4
// expect-stdout:
// | kept
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void handler(void) { printf("handler ran\n"); }

int main(void) {
    atexit(handler);
    printf("kept\n");
    fflush(stdout);
    printf("lost\n");
    _exit(4);
}
