// Statements: labels have function scope; same name as a variable is fine (separate name space).
// expect-exit: 0
// expect-stdout:
// | 5
// | 7
#include <stdio.h>
int main(void) {
    int x = 0;
x:
    x++;
    if (x < 2) goto x;
    {
    inner:
        if (x++ < 4) goto inner;
    }
    printf("%d\n", x);
    struct x { int x; } s = { 7 };
    printf("%d\n", s.x);
    return 0;
}
