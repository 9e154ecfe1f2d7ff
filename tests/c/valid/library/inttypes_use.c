// Library: inttypes.h: PRI/SCN macros, imaxabs, imaxdiv, strtoimax.
// expect-exit: 0
// expect-stdout:
// | -1234567890123 cafe CAFE 145376
// | 9 200 -300
// | 14 2
// | -77
// | 4242
#include <stdio.h>
#include <inttypes.h>
int main(void) {
    int64_t a = -1234567890123LL;
    uint32_t b = 0xCAFEu;
    printf("%" PRId64 " %" PRIx32 " %" PRIX32 " %" PRIo32 "\n", a, b, b, b);
    printf("%" PRIiMAX " %" PRIuFAST8 " %" PRIdLEAST16 "\n", imaxabs(-9), (uint_fast8_t)200, (int_least16_t)-300);
    imaxdiv_t d = imaxdiv(100, 7);
    printf("%jd %jd\n", d.quot, d.rem);
    printf("%jd\n", strtoimax("-77", NULL, 10));
    int32_t parsed;
    sscanf("4242", "%" SCNd32, &parsed);
    printf("%" PRId32 "\n", parsed);
    return 0;
}
