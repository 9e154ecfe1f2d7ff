// Literals: escape sequences in strings, embedded NUL, sizeof vs strlen.
// expect-exit: 0
// expect-stdout:
// | 4 1
// | quote" and \ backslash
// | 65 66 7
// | HI
// | 121
// | o
#include <stdio.h>
#include <string.h>
int main(void) {
    const char s[] = "a\0b";
    printf("%zu %zu\n", sizeof s, strlen(s));
    const char *q = "quote\" and \\ backslash";
    puts(q);
    const char oct[] = "\101\102\7";
    printf("%d %d %d\n", oct[0], oct[1], oct[2]);
    const char hex[] = "\x48\x49";
    puts(hex);
    printf("%d\n", "xyz"[1]);
    printf("%c\n", *("hello" + 4));
    return 0;
}
