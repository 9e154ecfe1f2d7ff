// Idioms: hand-written UTF-8 decoding with full validation (overlongs, surrogates, range, truncation) and re-encoding.
// std: c17
// expect-exit: 0
// expect-stdout:
// | ascii      U+0048 U+0069 U+0021 | 3 chars 0 errors
// |            re-encoded identical: 1
// | mixed      U+0061 U+00E9 U+20AC U+1F600 U+007A | 5 chars 0 errors
// |            re-encoded identical: 1
// | overlong   <overlong> <overlong> | 0 chars 2 errors
// | surrogate  <surrogate> | 0 chars 1 errors
// | too big    <above U+10FFFF> | 0 chars 1 errors
// | broken     <bad continuation> U+0078 <bad lead byte> <bad lead byte> | 1 chars 3 errors
// | truncated  U+006F U+006B <truncated> | 2 chars 1 errors
// | U+00007F -> 1 bytes -> U+00007F
// | U+000080 -> 2 bytes -> U+000080
// | U+0007FF -> 2 bytes -> U+0007FF
// | U+000800 -> 3 bytes -> U+000800
// | U+00FFFF -> 3 bytes -> U+00FFFF
// | U+010000 -> 4 bytes -> U+010000
// | U+10FFFF -> 4 bytes -> U+10FFFF
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum utf8_error { U_OK, U_TRUNCATED, U_BAD_LEAD, U_BAD_CONT, U_OVERLONG, U_SURROGATE, U_TOO_BIG };
static const char *const error_names[] = { "ok", "truncated", "bad lead byte", "bad continuation", "overlong", "surrogate", "above U+10FFFF" };

static enum utf8_error decode(const unsigned char *s, size_t n, size_t *used, uint32_t *cp) {
    unsigned char b = s[0];
    size_t len;
    uint32_t min, c;
    if (b < 0x80) { *cp = b; *used = 1; return U_OK; }
    else if ((b & 0xE0) == 0xC0) { len = 2; c = b & 0x1F; min = 0x80; }
    else if ((b & 0xF0) == 0xE0) { len = 3; c = b & 0x0F; min = 0x800; }
    else if ((b & 0xF8) == 0xF0) { len = 4; c = b & 0x07; min = 0x10000; }
    else { *used = 1; return U_BAD_LEAD; }
    if (n < len) { *used = n; return U_TRUNCATED; }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) { *used = i; return U_BAD_CONT; }
        c = (c << 6) | (s[i] & 0x3F);
    }
    *used = len;
    if (c < min) return U_OVERLONG;
    if (c >= 0xD800 && c <= 0xDFFF) return U_SURROGATE;
    if (c > 0x10FFFF) return U_TOO_BIG;
    *cp = c;
    return U_OK;
}

static size_t encode(uint32_t c, unsigned char *out) {
    if (c < 0x80) { out[0] = (unsigned char)c; return 1; }
    if (c < 0x800) { out[0] = (unsigned char)(0xC0 | (c >> 6)); out[1] = (unsigned char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (c >> 12)); out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (c & 0x3F)); return 3;
    }
    out[0] = (unsigned char)(0xF0 | (c >> 18)); out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

static void scan(const char *label, const char *bytes, size_t n) {
    const unsigned char *s = (const unsigned char *)bytes;
    size_t pos = 0, chars = 0, errors = 0;
    unsigned char rebuilt[64];
    size_t r = 0;
    printf("%-10s", label);
    while (pos < n) {
        size_t used;
        uint32_t cp = 0;
        enum utf8_error e = decode(s + pos, n - pos, &used, &cp);
        if (e == U_OK) { printf(" U+%04X", (unsigned)cp); r += encode(cp, rebuilt + r); chars++; }
        else { printf(" <%s>", error_names[e]); errors++; r += encode(0xFFFD, rebuilt + r); }
        pos += used;
    }
    printf(" | %zu chars %zu errors\n", chars, errors);
    if (errors == 0) printf("%-10s re-encoded identical: %d\n", "", r == n && memcmp(rebuilt, s, n) == 0);
}

int main(void) {
    static const char ascii[] = "Hi!";
    static const char mixed[] = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";
    static const char overlong[] = "\xC0\xAF\xE0\x80\xAF";
    static const char surrogate[] = "\xED\xA0\x80";
    static const char too_big[] = "\xF4\x90\x80\x80";
    static const char broken[] = "\xE2\x82x\x80\xFF";
    static const char truncated[] = "ok\xF0\x9F\x98";
    scan("ascii", ascii, sizeof ascii - 1);
    scan("mixed", mixed, sizeof mixed - 1);
    scan("overlong", overlong, sizeof overlong - 1);
    scan("surrogate", surrogate, sizeof surrogate - 1);
    scan("too big", too_big, sizeof too_big - 1);
    scan("broken", broken, sizeof broken - 1);
    scan("truncated", truncated, sizeof truncated - 1);
    unsigned char buf[4];
    uint32_t edges[] = { 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF };
    for (int i = 0; i < 7; i++) {
        size_t n = encode(edges[i], buf), used;
        uint32_t back = 0;
        decode(buf, n, &used, &back);
        printf("U+%06X -> %zu bytes -> U+%06X\n", (unsigned)edges[i], n, (unsigned)back);
    }
    return 0;
}
