// Statements: declarations inside a switch body (before and between cases), scoped blocks per case.
// expect-exit: 0
// expect-stdout:
// | 7 6 12 -1
#include <stdio.h>
static int eval(int op, int a, int b) {
    switch (op) {
        int tmp;                         /* in scope for the whole body, never initialised here */
    case 0:
        tmp = a + b;
        return tmp;
    case 1: {
        int diff = a - b;
        return diff < 0 ? -diff : diff;
    }
    case 2:
        tmp = a * b;
        return tmp;
    default:
        return -1;
    }
}
int main(void) {
    printf("%d %d %d %d\n", eval(0, 3, 4), eval(1, 3, 9), eval(2, 3, 4), eval(7, 0, 0));
    return 0;
}
