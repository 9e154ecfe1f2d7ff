// Literals: character constants, escape sequences, multi-char free, octal/hex escapes.
// expect-exit: 0
// expect-stdout:
// | 97 48 32 126
// | 7 8 12 10 13 9 11
// | 39 34 63 92
// | 0 65 65
// | -1 -1
// | 34
// | 4
#include <stdio.h>
int main(void) {
    printf("%d %d %d %d\n", 'a', '0', ' ', '~');
    printf("%d %d %d %d %d %d %d\n", '\a', '\b', '\f', '\n', '\r', '\t', '\v');
    printf("%d %d %d %d\n", '\'', '\"', '\?', '\\');
    printf("%d %d %d\n", '\0', '\101', '\x41');
    printf("%d %d\n", '\377', '\xff');
    printf("%d\n", '"');
    printf("%zu\n", sizeof('x'));
    return 0;
}
