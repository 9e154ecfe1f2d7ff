// GNU: __int128 used for exact 64x64->128 multiplication and a mulmod.
// expect-exit: 0
// expect-stdout:
// | 1
// | 114944269
#include <stdio.h>
#include <stdint.h>
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)((unsigned __int128)a * b % m); }
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
    uint64_t r = 1;
    while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; }
    return r;
}
int main(void) {
    uint64_t p = 18446744073709551557ULL;   /* largest 64-bit prime */
    printf("%llu\n", (unsigned long long)powmod(2, p - 1, p));
    printf("%llu\n", (unsigned long long)mulmod(0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFFFULL, 1000000007ULL));
    return 0;
}
