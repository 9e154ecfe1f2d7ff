// Programs: UTF-8 encoding and decoding of code points, with validation of bad sequences.
// expect-exit: 0
// expect-stdout:
// | U+0041: 41 -> U+0041 (1)
// | U+00E9: C3 A9 -> U+00E9 (2)
// | U+20AC: E2 82 AC -> U+20AC (3)
// | U+1F600: F0 9F 98 80 -> U+1F600 (4)
// | -1
#include <stdio.h>
#include <stdint.h>
static int encode(uint32_t cp, unsigned char *out) {
    if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { out[0] = (unsigned char)(0xC0 | cp >> 6); out[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) { out[0] = (unsigned char)(0xE0 | cp >> 12); out[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F)); out[2] = (unsigned char)(0x80 | (cp & 0x3F)); return 3; }
    out[0] = (unsigned char)(0xF0 | cp >> 18); out[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F)); out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}
static int decode(const unsigned char *s, uint32_t *cp) {
    int n = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (!n) return -1;
    uint32_t v = n == 1 ? s[0] : s[0] & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return -1;
        v = v << 6 | (s[i] & 0x3F);
    }
    *cp = v;
    return n;
}
int main(void) {
    uint32_t cps[] = { 0x41, 0xE9, 0x20AC, 0x1F600 };
    for (int i = 0; i < 4; i++) {
        unsigned char buf[4];
        int n = encode(cps[i], buf);
        uint32_t back;
        int m = decode(buf, &back);
        printf("U+%04X:", (unsigned)cps[i]);
        for (int k = 0; k < n; k++) printf(" %02X", buf[k]);
        printf(" -> U+%04X (%d)\n", (unsigned)back, m);
    }
    const unsigned char bad[] = { 0xC3, 0x28 };
    uint32_t x;
    printf("%d\n", decode(bad, &x));
    return 0;
}
