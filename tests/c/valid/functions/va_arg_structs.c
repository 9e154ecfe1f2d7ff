// Functions: va_arg with struct, double and pointer types.
// expect-exit: 0
// expect-stdout:
// | (1,2) 0.50 end
// | (3,4) (1,2) (-1,-1)
#include <stdio.h>
#include <stdarg.h>
struct pt { int x, y; };
static void show(const char *kinds, ...) {
    va_list ap;
    va_start(ap, kinds);
    for (const char *k = kinds; *k; k++) {
        if (*k == 'p') { struct pt p = va_arg(ap, struct pt); printf("(%d,%d)", p.x, p.y); }
        else if (*k == 'd') printf("%.2f", va_arg(ap, double));
        else if (*k == 's') printf("%s", va_arg(ap, const char *));
        printf("%s", k[1] ? " " : "\n");
    }
    va_end(ap);
}
int main(void) {
    struct pt a = { 1, 2 };
    show("pds", a, 0.5, "end");
    show("ppp", (struct pt){ 3, 4 }, a, (struct pt){ -1, -1 });
    return 0;
}
