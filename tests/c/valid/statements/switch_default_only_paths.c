// Statements: switch where control falls to default from several values, and switch without default.
// expect-exit: 0
// expect-stdout:
// | 0102101
#include <stdio.h>
static int classify(unsigned char c) {
    int kind = 0;
    switch (c) {
    case '\n': case '\t': case ' ': kind = 1; break;
    case ';': kind = 2; break;
    }
    return kind;
}
int main(void) {
    const char *s = "a b;\tc\n";
    for (const char *p = s; *p; p++) printf("%d", classify((unsigned char)*p));
    printf("\n");
    return 0;
}
