// Library: quick_exit runs the at_quick_exit handlers in reverse order, not the atexit ones, and does not flush stdio itself (a handler flushes here).
// expect-exit: 5
// expect-stdout:
// | main
// | flushed by a handler
// | quick 2
// | quick 1
#include <stdio.h>
#include <stdlib.h>
static void at_exit_handler(void) { printf("atexit: not run\n"); }
static void q1(void) {
    printf("quick 1\n");
    fflush(stdout);
}
static void q2(void) {
    printf("quick 2\n");
    fflush(stdout);
}
int main(void) {
    atexit(at_exit_handler);
    at_quick_exit(q1);
    at_quick_exit(q2);
    printf("main\n");
    fflush(stdout);
    printf("flushed by a handler\n");
    quick_exit(5);
}
