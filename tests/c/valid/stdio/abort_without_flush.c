// Stdio: abort() does not write stdio buffers (glibc 2.27 and later): only what fflush wrote
// reaches stdout; the exit status is that of SIGABRT (134).
// expect-exit: 134
// expect-stdout:
// | kept
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("kept\n");
    fflush(stdout);
    printf("lost\n");
    abort();
}
