// Literals: octal escapes of 1-3 digits, hex escapes of any length, adjacent digits after escapes.
// expect-exit: 0
// expect-stdout:
// | 1 10 83 52 0
// | 4 49 65 0
// | 1 127
#include <stdio.h>
int main(void) {
    const char a[] = "\1\12\123" "4";
    for (size_t i = 0; i < sizeof a; i++) printf("%d%c", a[i], i + 1 < sizeof a ? ' ' : '\n');
    const char b[] = "\x4" "1\x0041";
    for (size_t i = 0; i < sizeof b; i++) printf("%d%c", b[i], i + 1 < sizeof b ? ' ' : '\n');
    printf("%d %d\n", '\1', '\x7f');
    return 0;
}
