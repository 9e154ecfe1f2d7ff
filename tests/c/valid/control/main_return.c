// Control: reaching the closing brace of main returns 0 (C17 5.1.2.2.3); stdout flushed at exit.
// expect-exit: 0
// expect-stdout:
// | no newline at the end, flushed at exit
#include <stdio.h>
int main(void) {
    printf("no newline at the end, flushed at exit");
    printf("\n");
}
