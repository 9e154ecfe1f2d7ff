// Expressions: pointers in boolean contexts: if (p), !p, p && q, conversion to _Bool.
// expect-exit: 0
// expect-stdout:
// | 1 0
// | 0 1 0 1
// | p is true
// | n is false
// | 1 0
#include <stdio.h>
#include <stdbool.h>
int main(void) {
    int x = 0;
    int *p = &x, *n = NULL;
    bool bp = p, bn = n;
    printf("%d %d\n", bp, bn);
    printf("%d %d %d %d\n", !p, !n, p && n, p || n);
    if (p) puts("p is true");
    if (!n) puts("n is false");
    const char *s = "";
    printf("%d %d\n", s != NULL, *s != 0);
    return 0;
}
