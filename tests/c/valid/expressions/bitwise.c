// Expressions: & | ^ ~ << >> on signed and unsigned operands.
// expect-exit: 0
// expect-stdout:
// | f0 fff0 ff00 ffff0f0f
// | f0f00 f0f
// | -4
// | 1073741824
// | 8000000000000000
// | 1
// | 5
// | 7e
// | -1
#include <stdio.h>
int main(void) {
    unsigned a = 0xF0F0, b = 0x0FF0;
    printf("%x %x %x %x\n", a & b, a | b, a ^ b, ~a);
    printf("%x %x\n", a << 4, a >> 4);
    int s = -16;
    printf("%d\n", s >> 2);          /* arithmetic shift in gcc (implementation-defined) */
    printf("%d\n", 1 << 30);
    unsigned long long one = 1;
    printf("%llx\n", one << 63);
    printf("%u\n", 0xffffffffu >> 31);
    printf("%d\n", (5 & 3) | (8 ^ 12));
    unsigned char c = 0x81;
    printf("%x\n", (unsigned char)~c);
    printf("%d\n", ~0);
    return 0;
}
