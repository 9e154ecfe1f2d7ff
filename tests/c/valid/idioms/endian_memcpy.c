// Idioms: byte-order conversion with shifts and memcpy (no type punning through pointers), wire-format loads.
// std: c17
// expect-exit: 0
// expect-stdout:
// | little endian host: 1
// | bswap16 cdab bswap32 44332211 bswap64 0807060504030201
// | be32 at 0: cafebabe, at 4: 256
// | unaligned raw 00bebafe as big-endian febabe00
// | 11 22 33 44 55 66 77 88
// | round trip ok
// | 1.5 bits 3ff8000000000000 sign 0 exponent 0
// | float from bits -3.141593
// | involution 1
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <inttypes.h>

static uint16_t bswap16(uint16_t x) { return (uint16_t)((x >> 8) | (x << 8)); }
static uint32_t bswap32(uint32_t x) {
    return (x >> 24) | ((x >> 8) & 0x0000FF00u) | ((x << 8) & 0x00FF0000u) | (x << 24);
}
static uint64_t bswap64(uint64_t x) { return ((uint64_t)bswap32((uint32_t)x) << 32) | bswap32((uint32_t)(x >> 32)); }

static uint32_t load_be32(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static void store_le64(unsigned char *p, uint64_t v) { for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i)); }

static int host_is_little(void) {
    uint32_t one = 1;
    unsigned char b[4];
    memcpy(b, &one, 4);
    return b[0] == 1;
}

static uint32_t host_load32(const void *p) { uint32_t v; memcpy(&v, p, sizeof v); return v; }

int main(void) {
    printf("little endian host: %d\n", host_is_little());
    printf("bswap16 %04x bswap32 %08" PRIx32 " bswap64 %016" PRIx64 "\n",
           bswap16(0xABCD), bswap32(0x11223344u), bswap64(UINT64_C(0x0102030405060708)));
    unsigned char packet[] = { 0xCA, 0xFE, 0xBA, 0xBE, 0x00, 0x00, 0x01, 0x00, 0x7F };
    printf("be32 at 0: %08" PRIx32 ", at 4: %" PRIu32 "\n", load_be32(packet), load_be32(packet + 4));
    /* An unaligned host-order load via memcpy, then converted as a network-order value. */
    uint32_t raw = host_load32(packet + 1);
    uint32_t net = host_is_little() ? bswap32(raw) : raw;
    printf("unaligned raw %08" PRIx32 " as big-endian %08" PRIx32 "\n", raw, net);
    unsigned char le[8];
    store_le64(le, UINT64_C(0x8877665544332211));
    for (int i = 0; i < 8; i++) printf("%02x%c", le[i], i == 7 ? '\n' : ' ');
    uint64_t back;
    memcpy(&back, le, 8);
    printf("round trip %s\n", back == UINT64_C(0x8877665544332211) ? "ok" : "bad");
    double d = 1.5;
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    printf("1.5 bits %016" PRIx64 " sign %d exponent %d\n", bits, (int)(bits >> 63), (int)((bits >> 52) & 0x7FF) - 1023);
    float f;
    uint32_t fb = 0xC0490FDBu;
    memcpy(&f, &fb, sizeof f);
    printf("float from bits %.6f\n", f);
    int ok = bswap64(bswap64(UINT64_C(0xFEDCBA9876543210))) == UINT64_C(0xFEDCBA9876543210);
    printf("involution %d\n", ok);
    return !ok;
}
