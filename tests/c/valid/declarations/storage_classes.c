// Declarations: static/extern/auto/register, tentative definitions, static locals.
// expect-exit: 0
// expect-stdout:
// | 4 2 99
// | 1 10 3
// | 5
#include <stdio.h>
int tentative;
int tentative;
int tentative = 4;
extern int later;
static int internal = 2;
extern int internal;              /* refers to the static one: internal linkage */
static int counter(void) {
    static int n;                 /* zero-initialised, persists */
    return ++n;
}
int main(void) {
    auto int a = 1;
    register int r = 10;
    extern int later;
    counter(); counter();
    printf("%d %d %d\n", tentative, internal, later);
    printf("%d %d %d\n", a, r, counter());
    {
        extern int tentative;     /* block-scope extern refers to file-scope object */
        tentative++;
    }
    printf("%d\n", tentative);
    return 0;
}
int later = 99;
