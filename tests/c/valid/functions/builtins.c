// Functions: common GNU builtins: __builtin_expect, popcount, clz, ctz, bswap, offsetof, constant_p.
// expect-exit: 0
// expect-stdout:
// | likely
// | 8 31 3
// | 64 3
// | 44332211
// | 4 8
// | 1
#include <stdio.h>
#include <stddef.h>
struct s { char a; int b; double c; };
int main(void) {
    int x = 5;
    if (__builtin_expect(x > 3, 1)) puts("likely");
    printf("%d %d %d\n", __builtin_popcount(0xF0F0u), __builtin_clz(1u), __builtin_ctz(8u));
    printf("%d %d\n", __builtin_popcountll(~0ull), __builtin_ffs(12));
    printf("%x\n", __builtin_bswap32(0x11223344u));
    printf("%zu %zu\n", __builtin_offsetof(struct s, b), offsetof(struct s, c));
    printf("%d\n", __builtin_constant_p(3 + 4));
    return 0;
}
