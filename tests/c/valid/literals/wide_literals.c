// Literals: wide, UTF-8, UTF-16 and UTF-32 string and character literals (C17 6.4.4.4, 6.4.5).
// expect-exit: 0
// expect-stdout:
// | 65 233 128512
// | 4 5
// | 104 233 6
// | 128512 33 12
// | 5 c3 a9 74 c3 a9
// | plain
// | 2 4 4
#include <stdio.h>
#include <wchar.h>
#include <uchar.h>
#include <string.h>
int main(void) {
    wchar_t wc = L'A';
    char16_t c16 = u'\u00e9';
    char32_t c32 = U'\U0001F600';
    printf("%d %d %u\n", (int)wc, (int)c16, (unsigned)c32);
    const wchar_t *ws = L"wide";
    const char16_t *s16 = u"h\u00e9";
    const char32_t *s32 = U"\U0001F600!";
    const char *s8 = u8"\u00e9t\u00e9";
    printf("%zu %zu\n", wcslen(ws), sizeof(L"wide") / sizeof(wchar_t));
    printf("%d %d %zu\n", s16[0], s16[1], sizeof(u"h\u00e9"));
    printf("%u %u %zu\n", (unsigned)s32[0], (unsigned)s32[1], sizeof(U"\U0001F600!"));
    printf("%zu", strlen(s8));
    for (size_t i = 0; s8[i]; i++) printf(" %02x", (unsigned char)s8[i]);
    printf("\n%s\n", u8"plain");
    printf("%zu %zu %zu\n", sizeof(u'x'), sizeof(U'x'), sizeof(L'x'));
    return 0;
}
