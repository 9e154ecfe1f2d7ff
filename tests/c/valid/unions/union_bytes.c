// Unions: reading representation bytes through an unsigned char array member (character type access).
// expect-exit: 0
// expect-stdout:
// | 0d 0c 0b 0a
#include <stdio.h>
#include <stdint.h>
union word { uint32_t w; unsigned char b[4]; };
int main(void) {
    union word x;
    x.w = 0x0A0B0C0D;
    printf("%02x %02x %02x %02x\n", x.b[0], x.b[1], x.b[2], x.b[3]);
    return 0;
}
