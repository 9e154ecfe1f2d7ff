// Programs: bit manipulation: popcount, power-of-two tests, bit reversal, gray code, lowest set bit.
// expect-exit: 0
// expect-stdout:
// | 0 8 24
// | 1 0 0
// | 80000000
// | 1e6a2c48
// | 8 64 1024
// | 0 1 3 2 6 7 5 4
// | 8
// | 00000003 34567812
// | 7
#include <stdio.h>
#include <stdint.h>
static int popcount(uint32_t x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static int is_pow2(uint32_t x) { return x && !(x & (x - 1)); }
static uint32_t reverse_bits(uint32_t x) {
    x = (x >> 1 & 0x55555555u) | (x & 0x55555555u) << 1;
    x = (x >> 2 & 0x33333333u) | (x & 0x33333333u) << 2;
    x = (x >> 4 & 0x0F0F0F0Fu) | (x & 0x0F0F0F0Fu) << 4;
    x = (x >> 8 & 0x00FF00FFu) | (x & 0x00FF00FFu) << 8;
    return x >> 16 | x << 16;
}
static uint32_t next_pow2(uint32_t x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }
static uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> ((32 - r) & 31)); }
int main(void) {
    printf("%d %d %d\n", popcount(0), popcount(0xFFu), popcount(0xDEADBEEFu));
    printf("%d %d %d\n", is_pow2(64), is_pow2(96), is_pow2(0));
    printf("%08x\n", reverse_bits(1u));
    printf("%08x\n", reverse_bits(0x12345678u));
    printf("%u %u %u\n", next_pow2(5), next_pow2(64), next_pow2(1000));
    for (unsigned i = 0; i < 8; i++) printf("%u%c", i ^ (i >> 1), i < 7 ? ' ' : '\n');
    printf("%u\n", 0x68u & -0x68u);
    printf("%08x %08x\n", rotl(0x80000001u, 1), rotl(0x12345678u, 8));
    int v = -7;
    printf("%d\n", (v ^ (v >> 31)) - (v >> 31));
    return 0;
}
