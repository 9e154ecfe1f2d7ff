// Idioms: printing and scanning every fixed-width integer type with the <inttypes.h> macros, and the limits of each.
// std: c17
// expect-exit: 0
// expect-stdout:
// | int8   -128 -1 max 127
// | uint8  255 377 ff FF
// | int16  -32768 max 32767
// | uint16 65535 0177777 0xffff
// | int32  -2147483648 max +2147483647
// | uint32 4294967295 FFFFFFFF
// | int64  -9223372036854775808 max 9223372036854775807
// | uint64 18446744073709551615 ffffffffffffffff 1777777777777777777777
// | least/fast -5 65000 -123456 1234567890123
// | max types -9223372036854775808 18446744073709551615
// | ptr-sized -42 42 2a
// | widths -7    |     99| -00001234567| +5      |
// | sizes: least8 1 fast8 1 fast16 8 fast32 8 least64 8 max 8 ptr 8
// | scanned 6: -17 250 65535 -2147483648 255 18446744073709551615
// | imaxdiv -14 -2 imaxabs 99
// | strtoimax -127 strtoumax 511
// | rest ' rest'
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int8_t i8 = INT8_MIN; uint8_t u8 = UINT8_MAX;
    int16_t i16 = INT16_MIN; uint16_t u16 = UINT16_MAX;
    int32_t i32 = INT32_MIN; uint32_t u32 = UINT32_MAX;
    int64_t i64 = INT64_MIN; uint64_t u64 = UINT64_MAX;
    printf("int8   %" PRId8 " %" PRIi8 " max %" PRId8 "\n", i8, (int8_t)-1, (int8_t)INT8_MAX);
    printf("uint8  %" PRIu8 " %" PRIo8 " %" PRIx8 " %" PRIX8 "\n", u8, u8, u8, u8);
    printf("int16  %" PRId16 " max %" PRId16 "\n", i16, (int16_t)INT16_MAX);
    printf("uint16 %" PRIu16 " %#" PRIo16 " %#" PRIx16 "\n", u16, u16, u16);
    printf("int32  %" PRId32 " max %+" PRId32 "\n", i32, (int32_t)INT32_MAX);
    printf("uint32 %" PRIu32 " %" PRIX32 "\n", u32, u32);
    printf("int64  %" PRId64 " max %" PRId64 "\n", i64, (int64_t)INT64_MAX);
    printf("uint64 %" PRIu64 " %" PRIx64 " %" PRIo64 "\n", u64, u64, u64);
    int_least8_t l8 = -5; uint_least16_t l16 = 65000; int_fast32_t f32 = -123456; uint_fast64_t f64 = 1234567890123ULL;
    printf("least/fast %" PRIdLEAST8 " %" PRIuLEAST16 " %" PRIdFAST32 " %" PRIuFAST64 "\n", l8, l16, f32, f64);
    intmax_t im = INTMAX_MIN; uintmax_t um = UINTMAX_MAX;
    printf("max types %" PRIdMAX " %" PRIuMAX "\n", im, um);
    intptr_t ip = -42; uintptr_t up = 42;
    printf("ptr-sized %" PRIdPTR " %" PRIuPTR " %" PRIxPTR "\n", ip, up, up);
    printf("widths %-6" PRId16 "| %6" PRIu32 "| %012" PRId64 "| %-+8" PRIdFAST16 "|\n", (int16_t)-7, (uint32_t)99, (int64_t)-1234567, (int_fast16_t)5);
    printf("sizes: least8 %zu fast8 %zu fast16 %zu fast32 %zu least64 %zu max %zu ptr %zu\n", sizeof(int_least8_t), sizeof(int_fast8_t),
           sizeof(int_fast16_t), sizeof(int_fast32_t), sizeof(int_least64_t), sizeof(intmax_t), sizeof(intptr_t));
    char buf[] = "-17 250 65535 -2147483648 ff 18446744073709551615";
    int8_t s8; uint8_t s_u8; uint16_t s16; int32_t s32; uint32_t sx; uint64_t s64;
    int got = sscanf(buf, "%" SCNd8 " %" SCNu8 " %" SCNu16 " %" SCNd32 " %" SCNx32 " %" SCNu64, &s8, &s_u8, &s16, &s32, &sx, &s64);
    printf("scanned %d: %" PRId8 " %" PRIu8 " %" PRIu16 " %" PRId32 " %" PRIu32 " %" PRIu64 "\n", got, s8, s_u8, s16, s32, sx, s64);
    imaxdiv_t d = imaxdiv(-100, 7);
    printf("imaxdiv %" PRIdMAX " %" PRIdMAX " imaxabs %" PRIdMAX "\n", d.quot, d.rem, imaxabs(-99));
    char *end;
    printf("strtoimax %" PRIdMAX " strtoumax %" PRIuMAX "\n", strtoimax("-0x7f rest", &end, 16), strtoumax("777", NULL, 8));
    printf("rest '%s'\n", end);
    return 0;
}
