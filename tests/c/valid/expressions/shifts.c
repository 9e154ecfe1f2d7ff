// Expressions: shifts at the width boundaries that are still defined, and shift-based helpers.
// expect-exit: 0
// expect-stdout:
// | 2147483648 1
// | 8
// | 1073741824
// | -4 -1
// | a b0
// | 1073741824
// | 12
#include <stdio.h>
#include <stdint.h>
int main(void) {
    uint32_t u = 1;
    printf("%u %u\n", u << 31, (u << 31) >> 31);
    uint64_t w = 1;
    printf("%llu\n", (unsigned long long)(w << 63 >> 60));
    int s = 1;
    printf("%d\n", s << 30);
    printf("%d %d\n", -8 >> 1, -1 >> 10);
    unsigned char c = 0xAB;
    printf("%x %x\n", c >> 4, (c << 4) & 0xFF);
    printf("%d\n", 1 << (sizeof(int) * 8 - 2));
    int amount = 3;
    printf("%d\n", 100 >> amount);
    return 0;
}
