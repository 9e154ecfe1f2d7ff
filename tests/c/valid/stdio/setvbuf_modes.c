// Stdio: setvbuf switches stdout to unbuffered (each printf goes out at once) and to line
// buffered (a newline writes the line); write(1, ...) shows where each output went out.
// expect-exit: 0
// expect-stdout:
// | unbuffered A <w1>
// | line B
// | partial C <w2>
// | done
// | full D<w3>
// |
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void raw(const char *s) { write(1, s, strlen(s)); }

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("unbuffered A ");
    raw("<w1>\n");
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("line B\n");
    printf("partial C ");
    raw("<w2>\n");
    printf("done\n");
    setvbuf(stdout, NULL, _IOFBF, 0);
    printf("full D\n");
    raw("<w3>\n");
    return 0;
}
