// Expressions: GNU conditional with omitted middle operand "a ?: b" (a evaluated once).
// expect-exit: 0
// expect-stdout:
// | 7 5
// | 1 1
// | (none)
#include <stdio.h>
static int n = 0;
static int next(void) { return ++n; }
int main(void) {
    int zero = 0, five = 5;
    printf("%d %d\n", zero ?: 7, five ?: 7);
    int got = next() ?: 100;
    printf("%d %d\n", got, n);
    const char *name = 0;
    puts(name ?: "(none)");
    return 0;
}
