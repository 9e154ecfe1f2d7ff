// GNU: __builtin_add/sub/mul_overflow on mixed signedness and widths: exact result, wrapped store, overflow flag.
// std: gnu17
// expect-exit: 0
// expect-stdout:
// | 1 0
// | 1 4294967295
// | 0 -1
// | 0 -2
// | 1 18446744073709551614
// | 1 -9223372036854775808
// | 1 18446744073709551615
// | 1 -128
// | 0 127
// | 1 24464
// | 1 9223372036854775807
// | 0 9223372036854775807
// | 0 9223372036854775807
#include <stdio.h>
#include <stdint.h>
#include <limits.h>
int main(void) {
    unsigned u; int i; uint64_t u64; int64_t i64; signed char sc; unsigned short us; long l;
    { int o = __builtin_add_overflow(UINT_MAX, 1u, &u); printf("%d %u\n", o, u); }
    { int o = __builtin_sub_overflow(0u, 1, &u); printf("%d %u\n", o, u); }
    { int o = __builtin_sub_overflow(0u, 1, &i); printf("%d %d\n", o, i); }
    { int o = __builtin_add_overflow(-5, 3u, &i); printf("%d %d\n", o, i); }
    { int o = __builtin_mul_overflow(UINT64_MAX, 2, &u64); printf("%d %llu\n", o, (unsigned long long)u64); }
    { int o = __builtin_mul_overflow(INT64_MIN, -1, &i64); printf("%d %lld\n", o, (long long)i64); }
    { int o = __builtin_add_overflow(-1, 0, &u64); printf("%d %llu\n", o, (unsigned long long)u64); }
    { int o = __builtin_add_overflow(100, 28, &sc); printf("%d %d\n", o, sc); }
    { int o = __builtin_add_overflow(100, 27, &sc); printf("%d %d\n", o, sc); }
    { int o = __builtin_mul_overflow(300, 300, &us); printf("%d %u\n", o, us); }
    { int o = __builtin_sub_overflow(LONG_MIN, 1L, &l); printf("%d %ld\n", o, l); }
    { int o = __builtin_add_overflow(UINT64_MAX, INT64_MIN, &u64); printf("%d %llu\n", o, (unsigned long long)u64); }
    { int o = __builtin_add_overflow(UINT64_MAX, INT64_MIN, &i64); printf("%d %lld\n", o, (long long)i64); }
    return 0;
}
