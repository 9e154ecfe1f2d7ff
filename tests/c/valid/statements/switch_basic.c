// Statements: switch with fallthrough, default in the middle, nested blocks, no matching case.
// expect-exit: 0
// expect-stdout:
// | 11 10 100 -1 120
// | only default
// | long case
#include <stdio.h>
static int score(int c) {
    int s = 0;
    switch (c) {
    case 1:
        s += 1;
        /* fall through */
    case 2:
        s += 10;
        break;
    default:
        s = -1;
        break;
    case 3: {
        int local = 100;
        s = local;
    }
        break;
    case 'x':
        s = 'x';
    }
    return s;
}
int main(void) {
    printf("%d %d %d %d %d\n", score(1), score(2), score(3), score(9), score('x'));
    switch (5) { case 4: puts("no"); }
    switch (2) default: puts("only default");
    long big = 5000000000L;
    switch (big) { case 5000000000L: puts("long case"); break; default: break; }
    return 0;
}
