// Library: <inttypes.h>: imaxabs, imaxdiv, strtoimax/strtoumax, the PRI and SCN macros with printf and sscanf, and <stdint.h> limits.
// expect-exit: 0
// expect-stdout:
// | limits -128 -32768 -2147483648 -9223372036854775808
// | umax 255 65535 4294967295 18446744073709551615
// | hex deadbeef CAFEF00DD00D 0777
// | ptr/size -5 18446744073709551615 -9223372036854775808
// | least/fast -1 65535 1
// | imaxabs 9223372036854775807
// | imaxdiv -3 -2
// | strtoimax -16 strtoumax 10
// | sscanf 3 -9000000000 65535 255
// | sizes 8 2 8 8
// | SIZE_MAX 18446744073709551615 PTRDIFF_MIN -9223372036854775808 WCHAR_MAX 2147483647 SIG_ATOMIC_MAX 2147483647
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
int main(void) {
    printf("limits %" PRId8 " %" PRId16 " %" PRId32 " %" PRId64 "\n", INT8_MIN, INT16_MIN, INT32_MIN, INT64_MIN);
    printf("umax %" PRIu8 " %" PRIu16 " %" PRIu32 " %" PRIu64 "\n", UINT8_MAX, UINT16_MAX, UINT32_MAX, UINT64_MAX);
    printf("hex %" PRIx32 " %" PRIX64 " %#" PRIo16 "\n", (uint32_t)0xdeadbeef, (uint64_t)0xCAFEF00DD00DULL, (uint16_t)0777);
    printf("ptr/size %" PRIdPTR " %" PRIuMAX " %jd\n", (intptr_t)-5, UINTMAX_MAX, INTMAX_MIN);
    printf("least/fast %" PRIdLEAST8 " %" PRIuFAST16 " %" PRIdFAST64 "\n", (int_least8_t)-1, (uint_fast16_t)65535, (int_fast64_t)1);
    printf("imaxabs %" PRIdMAX "\n", imaxabs(-INTMAX_MAX));
    imaxdiv_t d = imaxdiv(-17, 5);
    printf("imaxdiv %" PRIdMAX " %" PRIdMAX "\n", d.quot, d.rem);
    char *end;
    printf("strtoimax %" PRIdMAX " strtoumax %" PRIuMAX "\n", strtoimax("-0x10z", &end, 0), strtoumax("1010", NULL, 2));
    int64_t a;
    uint16_t b;
    uint8_t c;
    int n = sscanf("-9000000000 65535 255", "%" SCNd64 " %" SCNu16 " %" SCNu8, &a, &b, &c);
    printf("sscanf %d %" PRId64 " %" PRIu16 " %" PRIu8 "\n", n, a, b, c);
    printf("sizes %zu %zu %zu %zu\n", sizeof(int_fast16_t), sizeof(int_least16_t), sizeof(intptr_t), sizeof(intmax_t));
    printf("SIZE_MAX %zu PTRDIFF_MIN %td WCHAR_MAX %d SIG_ATOMIC_MAX %d\n", SIZE_MAX, PTRDIFF_MIN, WCHAR_MAX, SIG_ATOMIC_MAX);
    return 0;
}
