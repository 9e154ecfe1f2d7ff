// Literals: universal character names and UTF-8 characters in identifiers (C17 6.4.2.1, 6.4.3).
// expect-exit: 0
// expect-stdout:
// | 3 6 314
#include <stdio.h>
static int caf\u00e9 = 3;
static int na\u00efve(int x) { return x * 2; }
int main(void) {
    int \u03c0_times_100 = 314;
    printf("%d %d %d\n", café, naïve(caf\u00e9), π_times_100);
    return 0;
}
