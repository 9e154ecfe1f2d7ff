// Declarations: structs with const members: initialised once, copied by initialisation, members read.
// expect-exit: 0
// expect-stdout:
// | altitude 3 1 11
#include <stdio.h>
struct config { const char *const name; const int version; int uses; };
static struct config make(const char *n, int v) { struct config c = { n, v, 0 }; return c; }
int main(void) {
    struct config c = make("altitude", 3);
    c.uses++;
    struct config d = c;           /* initialisation (not assignment) is allowed */
    d.uses += 10;
    printf("%s %d %d %d\n", c.name, c.version, c.uses, d.uses);
    return 0;
}
