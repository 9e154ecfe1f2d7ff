// Statements: compound statements, null statements, expression statements with discarded values.
// expect-exit: 0
// expect-stdout:
// | 5
// | 12
// | 1
#include <stdio.h>
static int side = 0;
static int effect(void) { return ++side; }
int main(void) {
    ;;
    {}
    {{{ effect(); }}}
    (void)effect();
    for (int i = 0; i < 3; i++);
    while (side < 5) effect();
    printf("%d\n", side);
    int v = 1;
    {
        int v = 2;
        { v += 10; }
        printf("%d\n", v);
    }
    printf("%d\n", v);
    return 0;
}
