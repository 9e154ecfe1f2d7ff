// Programs: table-driven CRC-32 (IEEE) and Adler-32 checksums.
// expect-exit: 0
// expect-stdout:
// | cbf43926 091e01de
// | 414fa339 5bdc0fda
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static uint32_t table[256];
static void init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}
static uint32_t crc32(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t c = 0xFFFFFFFFu;
    while (n--) c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
static uint32_t adler32(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t a = 1, b = 0;
    while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}
int main(void) {
    init();
    const char *s = "123456789";
    printf("%08x %08x\n", crc32(s, strlen(s)), adler32(s, strlen(s)));
    const char *t = "The quick brown fox jumps over the lazy dog";
    printf("%08x %08x\n", crc32(t, strlen(t)), adler32(t, strlen(t)));
    return 0;
}
