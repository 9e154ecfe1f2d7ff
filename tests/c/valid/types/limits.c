// Types: limits.h and stdint.h limits, printed.
// expect-exit: 0
// expect-stdout:
// | 8 -128 127
// | -128 127 255
// | -32768 32767 65535
// | -2147483648 2147483647 4294967295
// | -9223372036854775808 9223372036854775807 18446744073709551615
// | -9223372036854775808 9223372036854775807 18446744073709551615
// | -128 -32768 -2147483648 -9223372036854775808
// | 255 65535 4294967295 18446744073709551615
// | 18446744073709551615 9223372036854775807 9223372036854775807
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
#include <inttypes.h>
int main(void) {
    printf("%d %d %d\n", CHAR_BIT, CHAR_MIN, CHAR_MAX);
    printf("%d %d %u\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("%d %d %u\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("%d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("%ld %ld %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
    printf("%lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("%" PRId8 " %" PRId16 " %" PRId32 " %" PRId64 "\n", INT8_MIN, INT16_MIN, INT32_MIN, INT64_MIN);
    printf("%" PRIu8 " %" PRIu16 " %" PRIu32 " %" PRIu64 "\n", UINT8_MAX, UINT16_MAX, UINT32_MAX, UINT64_MAX);
    printf("%zu %td %jd\n", SIZE_MAX, PTRDIFF_MAX, INTMAX_MAX);
    return 0;
}
