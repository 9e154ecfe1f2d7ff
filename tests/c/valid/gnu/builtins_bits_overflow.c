// GNU builtins: bit counting, byte swaps, checked arithmetic (__builtin_*_overflow), library builtins.
// expect-exit: 0
// expect-stdout:
// | 8 16 4 5
// | 40 63
// | 78563412 807060504030201
// | 1 -2147483648
// | 0 12
// | 1 0
// | 10
// | abc 3
// | likely
// | 4
// | inf 1
// | 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    unsigned x = 0xF0F0u;
    printf("%d %d %d %d\n", __builtin_popcount(x), __builtin_clz(x), __builtin_ctz(x), __builtin_ffs(x));
    printf("%d %ld\n", __builtin_popcountll(0xFFFFFFFFFFull), (long)__builtin_clzll(1ull));
    printf("%x %lx\n", __builtin_bswap32(0x12345678u), (unsigned long)__builtin_bswap64(0x0102030405060708ull));
    int r; int o = __builtin_add_overflow(2147483647, 1, &r); printf("%d %d\n", o, r);
    long lr; int o2 = __builtin_mul_overflow(3L, 4L, &lr); printf("%d %ld\n", o2, lr);
    printf("%d %d\n", __builtin_constant_p(3), __builtin_types_compatible_p(int, unsigned));
    printf("%d\n", __builtin_choose_expr(1, 10, 20));
    char buf[8]; __builtin_memcpy(buf, "abc", 4); printf("%s %zu\n", buf, __builtin_strlen(buf));
    if (__builtin_expect(x > 1, 1)) printf("likely\n");
    printf("%d\n", __builtin_abs(-4));
    double d = __builtin_inf(); printf("%f %d\n", d, __builtin_isnan(__builtin_nan("")));
    printf("%d\n", __builtin_parity(7u));
    if (x == 0) __builtin_unreachable();
    if (x == 1) __builtin_trap();
    return 0;
}
