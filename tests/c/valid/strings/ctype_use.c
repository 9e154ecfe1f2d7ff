// Strings: ctype.h classification and case conversion over ASCII.
// expect-exit: 0
// expect-stdout:
// | 10 2 2 2 2 8
// | HELLO,	WORLD 42!
// | q Q 5
// | 1 0 0 1
// | 1 0
#include <stdio.h>
#include <ctype.h>
int main(void) {
    const char *s = "Hello,\tWorld 42!";
    int al = 0, di = 0, sp = 0, pu = 0, up = 0, lo = 0;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        al += isalpha(c) != 0; di += isdigit(c) != 0; sp += isspace(c) != 0;
        pu += ispunct(c) != 0; up += isupper(c) != 0; lo += islower(c) != 0;
    }
    printf("%d %d %d %d %d %d\n", al, di, sp, pu, up, lo);
    for (const char *p = s; *p; p++) putchar(toupper((unsigned char)*p));
    putchar('\n');
    printf("%c %c %c\n", tolower('Q'), toupper('q'), toupper('5'));
    printf("%d %d %d %d\n", isxdigit('f') != 0, isxdigit('g') != 0, isalnum('_') != 0, iscntrl('\n') != 0);
    printf("%d %d\n", isprint(' ') != 0, isgraph(' ') != 0);
    return 0;
}
