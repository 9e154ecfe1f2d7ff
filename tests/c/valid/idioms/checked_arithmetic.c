// Idioms: overflow-safe arithmetic: pre-checks against limits, unsigned wraparound detection, and __builtin_*_overflow.
// std: gnu17
// expect-exit: 0
// expect-stdout:
// |  2147483647           1 add overflow    mul ok          builtin wrap -2147483648 2147483647
// |  2147483647          -1 add ok          mul ok          builtin wrap 2147483646 -2147483647
// | -2147483648          -1 add overflow    mul overflow    builtin wrap 2147483647 -2147483648
// | -2147483648           1 add ok          mul ok          builtin wrap -2147483647 -2147483648
// |       46341       46341 add ok          mul overflow    builtin wrap 92682 -2147479015
// |       46340       46340 add ok          mul ok          builtin wrap 92680 2147395600
// |      -46341       46341 add ok          mul overflow    builtin wrap 0 2147479015
// | -2147483648           0 add ok          mul ok          builtin wrap -2147483648 0
// |          -1 -2147483648 add overflow    mul overflow    builtin wrap 2147483647 -2147483648
// |       65536      -32768 add ok          mul ok          builtin wrap 32768 -2147483648
// | size add 0 mul 0 mul-ok 1
// | wrapped sum 0, refused product 0, product 1099511627776
// | avg_floor 2147483646 -2 -1 7
// | sat 4294967295 3
// | wrap uchar 4 ushort 65535 uint 4294967295
// | ll overflow 1
// | mismatches 0
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

static bool add_int(int a, int b, int *out) {
    if ((b > 0 && a > INT_MAX - b) || (b < 0 && a < INT_MIN - b)) return false;
    *out = a + b;
    return true;
}

static bool mul_int(int a, int b, int *out) {
    if (a > 0 ? (b > 0 ? a > INT_MAX / b : b < INT_MIN / a) : (b > 0 ? a < INT_MIN / b : a != 0 && b < INT_MAX / a)) return false;
    *out = a * b;
    return true;
}

static bool add_size(size_t a, size_t b, size_t *out) { *out = a + b; return *out >= a; } /* wraps, then detects */
static bool mul_size(size_t a, size_t b, size_t *out) {
    if (a && b > SIZE_MAX / a) return false;
    *out = a * b;
    return true;
}

/* Average without overflow, rounding toward negative infinity like (a+b)>>1 on a wide type. */
static int avg_floor(int a, int b) { return (a & b) + ((a ^ b) >> 1); }

static uint32_t sat_add_u32(uint32_t a, uint32_t b) { uint32_t s = a + b; return s < a ? UINT32_MAX : s; }

int main(void) {
    static const int pairs[][2] = { { INT_MAX, 1 }, { INT_MAX, -1 }, { INT_MIN, -1 }, { INT_MIN, 1 }, { 46341, 46341 },
                                    { 46340, 46340 }, { -46341, 46341 }, { INT_MIN, 0 }, { -1, INT_MIN }, { 65536, -32768 } };
    int mismatches = 0;
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        int a = pairs[i][0], b = pairs[i][1], s = 0, p = 0, bs, bp;
        bool sok = add_int(a, b, &s), pok = mul_int(a, b, &p);
        bool bso = __builtin_add_overflow(a, b, &bs), bpo = __builtin_mul_overflow(a, b, &bp);
        printf("%11d %11d add %-11s mul %-11s builtin wrap %d %d\n", a, b,
               sok ? "ok" : "overflow", pok ? "ok" : "overflow", bs, bp);
        if (sok == bso || pok == bpo || (sok && s != bs) || (pok && p != bp)) mismatches++;
    }
    size_t z1 = 0, z2 = 0, z3 = 0;
    printf("size add %d mul %d mul-ok %d\n", add_size(SIZE_MAX - 1, 2, &z1), mul_size(SIZE_MAX / 2, 3, &z2), mul_size(1u << 20, 1u << 20, &z3));
    printf("wrapped sum %zu, refused product %zu, product %zu\n", z1, z2, z3);
    printf("avg_floor %d %d %d %d\n", avg_floor(INT_MAX, INT_MAX - 2), avg_floor(-3, 0), avg_floor(INT_MIN, INT_MAX), avg_floor(7, 8));
    printf("sat %u %u\n", sat_add_u32(4000000000u, 300000000u), sat_add_u32(1u, 2u));
    unsigned char c = 250;
    c += 10;
    unsigned short us = 0;
    us--;
    printf("wrap uchar %d ushort %d uint %u\n", c, us, 0u - 1u);
    long long ll;
    printf("ll overflow %d\n", __builtin_mul_overflow(INT64_MAX / 3, 4LL, &ll));
    printf("mismatches %d\n", mismatches);
    return mismatches;
}
