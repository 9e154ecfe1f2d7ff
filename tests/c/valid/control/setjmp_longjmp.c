// Control: setjmp/longjmp: return values, volatile locals survive, nested levels.
// expect-exit: 0
// expect-stdout:
// | setjmp returned 0
// | setjmp returned 30
// | 3 2
// | first pass
// | second pass
#include <stdio.h>
#include <setjmp.h>
static jmp_buf env;
static int depth = 0;
static void dive(int n) {
    depth = n;
    if (n == 3) longjmp(env, n * 10);   /* the value is observed via switch (setjmp(...)) */
    if (n < 100) dive(n + 1);
}
int main(void) {
    volatile int attempts = 0;
    volatile int r = 0;
    switch (setjmp(env)) {
    case 0: r = 0; break;
    case 30: r = 30; break;
    default: r = -1; break;
    }
    attempts++;
    printf("setjmp returned %d\n", r);
    if (r == 0) dive(0);
    printf("%d %d\n", depth, attempts);
    jmp_buf second;
    if (setjmp(second) == 0) {
        puts("first pass");
        longjmp(second, 0);     /* longjmp with 0 makes setjmp return 1 */
    } else {
        puts("second pass");
    }
    return 0;
}
