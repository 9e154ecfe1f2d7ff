// Stdio: stdout is fully buffered when it is not a terminal (as here), so write(1, ...)
// overtakes text printf has buffered; fflush puts it out in order; stderr is not part of stdout.
// expect-exit: 0
// expect-stdout:
// | write 1
// | printf 1
// | printf 2
// | write 2
// | write 3
// | puts 3
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void raw(const char *s) { write(1, s, strlen(s)); }

int main(void) {
    printf("printf 1\n");
    raw("write 1\n");
    fprintf(stderr, "to stderr\n");
    printf("printf 2\n");
    fflush(stdout);
    raw("write 2\n");
    puts("puts 3");
    raw("write 3\n");
    return 0;
}
