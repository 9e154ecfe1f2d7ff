// Pointers: const-qualified pointees, casting away const of a non-const object (allowed).
// expect-exit: 0
// expect-stdout:
// | 11
// | hello World
// | 10
// | 1
#include <stdio.h>
#include <string.h>
static size_t my_strlen(const char *s) { const char *p = s; while (*p) p++; return (size_t)(p - s); }
static char *find_char(const char *s, int c) {
    for (; *s; s++) if (*s == c) return (char *)s;
    return NULL;
}
int main(void) {
    char buf[] = "hello world";
    printf("%zu\n", my_strlen(buf));
    char *w = find_char(buf, 'w');
    *w = 'W';                   /* fine: buf itself is not const */
    puts(buf);
    const int ci = 10;
    const int *pc = &ci;
    printf("%d\n", *pc);
    printf("%d\n", find_char("abc", 'z') == NULL);
    return 0;
}
