// Declarations: volatile objects: every access happens; volatile in loops and via pointers.
// expect-exit: 0
// expect-stdout:
// | 5 15
// | aBc
#include <stdio.h>
static volatile int ticks;
static void tick(volatile int *p) { (*p)++; }
int main(void) {
    for (int i = 0; i < 5; i++) tick(&ticks);
    volatile int local = 10;
    local += ticks;
    int copy = local;
    printf("%d %d\n", ticks, copy);
    volatile char buf[4] = { 'a', 'b', 'c', 0 };
    buf[1] = 'B';
    printf("%c%c%c\n", buf[0], buf[1], buf[2]);
    return 0;
}
