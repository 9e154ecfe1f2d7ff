// Enums: enums as bit flags combined with | and tested with &.
// expect-exit: 0
// expect-stdout:
// | r-x
// | rwx
// | -wx
// | 7 0
#include <stdio.h>
enum perm { P_READ = 1 << 0, P_WRITE = 1 << 1, P_EXEC = 1 << 2, P_ALL = P_READ | P_WRITE | P_EXEC };
static void show(unsigned p) {
    printf("%c%c%c\n", p & P_READ ? 'r' : '-', p & P_WRITE ? 'w' : '-', p & P_EXEC ? 'x' : '-');
}
int main(void) {
    unsigned p = P_READ | P_EXEC;
    show(p);
    p |= P_WRITE;
    show(p);
    p &= ~(unsigned)P_READ;
    show(p);
    printf("%d %d\n", P_ALL, (p & P_ALL) == P_ALL);
    return 0;
}
