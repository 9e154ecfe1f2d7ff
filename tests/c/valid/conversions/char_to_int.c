// Conversions: reading bytes >= 0x80 through char, signed char and unsigned char; getchar-style EOF tests.
// expect-exit: 0
// expect-stdout:
// | -1 -1 255
// | -128 -128 128
// | 127 127 127
// | 0
// | 1
#include <stdio.h>
int main(void) {
    const char bytes[] = "\xff\x80\x7f";
    for (int i = 0; i < 3; i++) printf("%d %d %d\n", bytes[i], (signed char)bytes[i], (unsigned char)bytes[i]);
    int c = (unsigned char)bytes[0];
    printf("%d\n", c == EOF);
    c = bytes[0];
    printf("%d\n", c == EOF);
    return 0;
}
