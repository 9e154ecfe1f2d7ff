// Statements: GNU case ranges "case lo ... hi:".
// expect-exit: 0
// expect-stdout:
// | letter
// | digit
// | letter
// | control
// | other
#include <stdio.h>
static const char *kind(int c) {
    switch (c) {
    case '0' ... '9': return "digit";
    case 'a' ... 'z':
    case 'A' ... 'Z': return "letter";
    case 0 ... 31: return "control";
    default: return "other";
    }
}
int main(void) {
    const char *s = "a7Z\t!";
    for (const char *p = s; *p; p++) puts(kind(*p));
    return 0;
}
