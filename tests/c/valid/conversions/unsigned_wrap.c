// Conversions: unsigned arithmetic wraps modulo 2^N; conversion to unsigned reduces modulo (C17 6.3.1.3).
// expect-exit: 0
// expect-stdout:
// | 0
// | 4294967295
// | 4
// | 65535
// | 18446744073709551614
// | 2147483645
// | 2147483648
// | 4294967294 1
#include <stdio.h>
#include <limits.h>
int main(void) {
    unsigned u = UINT_MAX;
    u += 1;
    printf("%u\n", u);
    u = 0;
    u -= 1;
    printf("%u\n", u);
    unsigned char uc = 250;
    uc += 10;
    printf("%d\n", uc);
    unsigned short us = (unsigned short)-1;
    printf("%d\n", us);
    unsigned long ul = (unsigned long)-2;
    printf("%lu\n", ul);
    printf("%u\n", (unsigned)-5 / 2);
    printf("%u\n", 3u * 2147483648u);
    unsigned x = 5, y = 7;
    printf("%u %d\n", x - y, (int)(x - y) < 0);
    return 0;
}
