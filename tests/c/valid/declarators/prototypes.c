// Declarators: prototypes with and without names, (void), ellipsis, old-style () declarations.
// expect-exit: 0
// expect-stdout:
// | 1 68 6 15
#include <stdio.h>
#include <stdarg.h>
int f_void(void);
int f_unnamed(int, char *, double);
int f_named(int count, ...);
int f_old();                       /* no prototype */
int f_void(void) { return 1; }
int f_unnamed(int a, char *s, double d) { return a + s[0] + (int)d; }
int f_named(int count, ...) {
    va_list ap; va_start(ap, count);
    int s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
int f_old(int x) { return x * 5; }
int main(void) {
    printf("%d %d %d %d\n", f_void(), f_unnamed(1, "A", 2.9), f_named(3, 1, 2, 3), f_old(3));
    return 0;
}
