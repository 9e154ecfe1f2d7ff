// Preprocessor: standard and target predefined macros (values fixed for LP64 x86-64).
// expect-exit: 0
// expect-stdout:
// | 1 1
// | 201710
// | 1
// | main
// | 4 8 8 8
// | x86-64 LP64 little-endian
// | 2147483647
// | 9223372036854775807
// | 32894
// | utf16
#include <stdio.h>
#include <string.h>
int main(void) {
    printf("%d %d\n", __STDC__, __STDC_HOSTED__);
    printf("%ld\n", __STDC_VERSION__);
    printf("%d\n", (int)strlen(__DATE__) == 11 && (int)strlen(__TIME__) == 8);
    printf("%s\n", __func__);
    printf("%d %d %d %d\n", __SIZEOF_INT__, __SIZEOF_LONG__, __SIZEOF_POINTER__, __CHAR_BIT__);
#if defined(__x86_64__) && defined(__LP64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    puts("x86-64 LP64 little-endian");
#endif
    printf("%d\n", __INT_MAX__);
    printf("%ld\n", __LONG_MAX__);
    printf("%d\n", __SCHAR_MAX__ + __SHRT_MAX__);
#ifdef __STDC_UTF_16__
    puts("utf16");
#endif
    return 0;
}
