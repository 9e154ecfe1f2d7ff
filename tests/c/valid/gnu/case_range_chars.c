// GNU: case ranges used in a character classifier for a lexer.
// expect-exit: 0
// expect-stdout:
// | 25
#include <stdio.h>
static int weight(char c) {
    switch (c) {
    case 'a' ... 'f': return 1;
    case 'g' ... 'z': return 2;
    case '0' ... '9': return 3;
    case ' ': return 0;
    default: return 9;
    }
}
int main(void) {
    const char *s = "face 42 zoo!";
    int total = 0;
    for (const char *p = s; *p; p++) total += weight(*p);
    printf("%d\n", total);
    return 0;
}
