// Pointers: pointers to pointers, modifying a caller's pointer, argv-like arrays.
// expect-exit: 0
// expect-stdout:
// | cdef
// | 3
// | p i
// | 5
#include <stdio.h>
#include <stddef.h>
static void advance(const char **p, int n) { *p += n; }
static int count_args(char **argv) { int n = 0; while (*argv++) n++; return n; }
int main(void) {
    const char *s = "abcdef";
    advance(&s, 2);
    puts(s);
    char a0[] = "prog", a1[] = "-v", a2[] = "file";
    char *args[] = { a0, a1, a2, NULL };
    printf("%d\n", count_args(args));
    char **pp = args;
    printf("%c %c\n", **pp, *(*(pp + 2) + 1));
    int x = 1, *p = &x, **q = &p, ***r = &q;
    ***r = 5;
    printf("%d\n", x);
    return 0;
}
