// GNU: __builtin_unreachable after a complete switch, __builtin_trap never reached, __builtin_abs.
// expect-exit: 0
// expect-stdout:
// | -1 0 1
// | 3 4
#include <stdio.h>
static int sign(int x) {
    switch ((x > 0) - (x < 0)) {
    case -1: return -1;
    case 0: return 0;
    case 1: return 1;
    }
    __builtin_unreachable();
}
int main(void) {
    printf("%d %d %d\n", sign(-5), sign(0), sign(9));
    if (sign(1) != 1) __builtin_trap();
    printf("%d %ld\n", __builtin_abs(-3), __builtin_labs(-4L));
    return 0;
}
