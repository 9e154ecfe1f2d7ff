// Strings: trimming whitespace in place, title-casing, and collapsing repeated spaces.
// expect-exit: 0
// expect-stdout:
// | [padded text]
// | [The Quick Brown Fox]
#include <stdio.h>
#include <string.h>
#include <ctype.h>
static char *trim(char *s) {
    while (isspace((unsigned char)*s)) s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) e--;
    *e = 0;
    return s;
}
static void title(char *s) {
    int start = 1;
    for (; *s; s++) {
        *s = (char)(start ? toupper((unsigned char)*s) : tolower((unsigned char)*s));
        start = *s == ' ';
    }
}
static void collapse(char *s) {
    char *w = s;
    for (char *r = s; *r; r++) if (!(*r == ' ' && w > s && w[-1] == ' ')) *w++ = *r;
    *w = 0;
}
int main(void) {
    char a[] = "   \t  padded text \n ";
    char *t = trim(a);
    printf("[%s]\n", t);
    char b[] = "the QUICK   brown    fOX";
    collapse(b);
    title(b);
    printf("[%s]\n", b);
    return 0;
}
