// Control: exit() from a nested call with a status, atexit handlers run in reverse order.
// expect-exit: 42
// expect-stdout:
// | main
// | second registered, runs first
// | first registered, runs last
#include <stdio.h>
#include <stdlib.h>
static void first(void) { puts("first registered, runs last"); }
static void second(void) { puts("second registered, runs first"); }
static void fail(int code) { exit(code); }
int main(void) {
    atexit(first);
    atexit(second);
    puts("main");
    fail(42);
    puts("not reached");
    return 0;
}
