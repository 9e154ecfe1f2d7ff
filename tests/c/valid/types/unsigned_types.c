// Types: unsigned types of every rank: max values, wrap and mixing with signed of equal rank.
// expect-exit: 0
// expect-stdout:
// | 255 65535 4294967295 18446744073709551615 18446744073709551615
// | 0
// | 1
// | 1
// | 9223372036854775808
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wtype-limits"
#include <stdio.h>
int main(void) {
    unsigned char uc = (unsigned char)~0;
    unsigned short us = (unsigned short)~0;
    unsigned int ui = ~0u;
    unsigned long ul = ~0ul;
    unsigned long long ull = ~0ull;
    printf("%u %u %u %lu %llu\n", uc, us, ui, ul, ull);
    printf("%d\n", ui > -1);            /* -1 converts to UINT_MAX: not greater */
    printf("%d\n", us > -1);            /* us promotes to int */
    printf("%u\n", ui + 2u);
    printf("%lu\n", ul / 2 + 1);
    return 0;
}
