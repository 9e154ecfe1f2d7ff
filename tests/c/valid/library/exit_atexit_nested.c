// Library: atexit handlers run in reverse order of registration; exit() inside a handler runs the remaining ones and sets the status.
// expect-exit: 7
// expect-stdout:
// | main returns 3
// | third registered, runs first
// | second: calls exit(7)
// | first registered, runs last
#include <stdio.h>
#include <stdlib.h>
static void first(void) { printf("first registered, runs last\n"); }
static void second(void) {
    printf("second: calls exit(7)\n");
    exit(7);
}
static void third(void) { printf("third registered, runs first\n"); }
int main(void) {
    atexit(first);
    atexit(second);
    atexit(third);
    printf("main returns 3\n");
    return 3;
}
