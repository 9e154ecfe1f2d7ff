// Declarations: _Noreturn functions (C17 6.7.4) and the noreturn macro.
// expect-exit: 3
// expect-stdout:
// | 10
// | dying with 3
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
static _Noreturn void die(int code) {
    printf("dying with %d\n", code);
    exit(code);
}
noreturn static void also_dies(void);
static void also_dies(void) { exit(4); }
static int check(int v) {
    if (v < 0) die(3);
    return v * 2;
}
int main(void) {
    printf("%d\n", check(5));
    printf("%d\n", check(-1));
    also_dies();
}
