// Idioms: bit manipulation by hand (popcount, bit reversal, parity, lowest set bit, rotate) checked against builtins.
// std: gnu17
// expect-exit: 0
// expect-stdout:
// | 00000000 pop  0 rev 00000000 clz64 64 rotl7 00000000 parity 0 low 00000000
// | 00000001 pop  1 rev 80000000 clz64 63 rotl7 00000080 parity 1 low 00000001
// | 80000000 pop  1 rev 00000001 clz64 32 rotl7 00000040 parity 1 low 80000000
// | ffffffff pop 32 rev ffffffff clz64 32 rotl7 ffffffff parity 0 low 00000001
// | 12345678 pop 13 rev 1e6a2c48 clz64 35 rotl7 1a2b3c09 parity 1 low 00000008
// | deadbeef pop 24 rev f77db57b clz64 32 rotl7 56df77ef parity 0 low 00000001
// | 00f0f000 pop  8 rev 000f0f00 clz64 40 rotl7 78780000 parity 0 low 00001000
// | 000f4240 pop  7 rev 0242f000 clz64 44 rotl7 07a12000 parity 1 low 00000040
// | next_pow2: 1 32 64 1024
// | gray ok 1 mismatches 0
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>

static unsigned popcount32(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}

static uint32_t reverse32(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
    return (x >> 16) | (x << 16);
}

static unsigned clz64(uint64_t x) {
    unsigned n = 0;
    if (x == 0) return 64;
    for (uint64_t bit = UINT64_C(1) << 63; !(x & bit); bit >>= 1) n++;
    return n;
}

static uint32_t rotl32(uint32_t x, unsigned r) { r &= 31; return r ? (x << r) | (x >> (32 - r)) : x; }
static int parity(uint64_t x) { x ^= x >> 32; x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1; return (int)(x & 1); }
static uint32_t next_pow2(uint32_t x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; return x + 1; }

int main(void) {
    static const uint32_t values[] = { 0, 1, 0x80000000u, 0xFFFFFFFFu, 0x12345678u, 0xDEADBEEFu, 0x00F0F000u, 1000000u };
    int mismatches = 0;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        uint32_t v = values[i];
        unsigned pc = popcount32(v);
        uint32_t rev = reverse32(v);
        unsigned lz = clz64(v);
        printf("%08" PRIx32 " pop %2u rev %08" PRIx32 " clz64 %2u rotl7 %08" PRIx32 " parity %d low %08" PRIx32 "\n",
               v, pc, rev, lz, rotl32(v, 7), parity(v), v & (0u - v));
        if (pc != (unsigned)__builtin_popcount(v)) mismatches++;
        if (v && lz != (unsigned)__builtin_clzll(v)) mismatches++;
        if (v && (unsigned)__builtin_ctz(v) != popcount32((v & (0u - v)) - 1)) mismatches++;
        if (parity(v) != __builtin_parity(v)) mismatches++;
        if (reverse32(rev) != v) mismatches++;
    }
    printf("next_pow2: %u %u %u %u\n", next_pow2(1), next_pow2(17), next_pow2(64), next_pow2(1000));
    /* Gray code round trip. */
    int gray_ok = 1;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t g = i ^ (i >> 1), b = g;
        for (uint32_t s = 1; s < 32; s <<= 1) b ^= b >> s;
        if (b != i) gray_ok = 0;
    }
    printf("gray ok %d mismatches %d\n", gray_ok, mismatches);
    return mismatches;
}
