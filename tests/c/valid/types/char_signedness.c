// Types: plain char is signed on x86-64; signed char and unsigned char differ.
// expect-exit: 0
// expect-stdout:
// | -56 -56 200
// | 1
// | 1 1
// | -128 127
// | 8
// | 1
#include <stdio.h>
int main(void) {
    char c = (char)200;
    signed char sc = (signed char)200;
    unsigned char uc = 200;
    printf("%d %d %d\n", c, sc, uc);
    printf("%d\n", c == sc);
    printf("%d %d\n", c < 0, uc > 0);
    char bytes[] = { (char)0x80, 0x7f };
    printf("%d %d\n", bytes[0], bytes[1]);
    printf("%d\n", (unsigned char)bytes[0] >> 4);
    printf("%d\n", _Generic(c, char: 1, signed char: 2, unsigned char: 3));
    return 0;
}
