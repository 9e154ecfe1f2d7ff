// Programs: endian-independent serialisation of a struct into a byte buffer and back.
// expect-exit: 0
// expect-stdout:
// | beeffffffffb010203040506070861626300
// | 18 bytes
// | beef -5 102030405060708 abc
#include <stdio.h>
#include <stdint.h>
#include <string.h>
struct record { uint16_t id; int32_t delta; uint64_t stamp; char tag[4]; };
static size_t put_u16(unsigned char *p, uint16_t v) { p[0] = (unsigned char)(v >> 8); p[1] = (unsigned char)v; return 2; }
static size_t put_u32(unsigned char *p, uint32_t v) { for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (24 - 8 * i)); return 4; }
static size_t put_u64(unsigned char *p, uint64_t v) { for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (56 - 8 * i)); return 8; }
static uint64_t get_be(const unsigned char *p, int n) { uint64_t v = 0; for (int i = 0; i < n; i++) v = v << 8 | p[i]; return v; }
int main(void) {
    struct record r = { 0xBEEF, -5, 0x0102030405060708ULL, "abc" };
    unsigned char buf[32];
    size_t n = 0;
    n += put_u16(buf + n, r.id);
    n += put_u32(buf + n, (uint32_t)r.delta);
    n += put_u64(buf + n, r.stamp);
    memcpy(buf + n, r.tag, 4); n += 4;
    for (size_t i = 0; i < n; i++) printf("%02x", buf[i]);
    printf("\n%zu bytes\n", n);
    struct record back;
    back.id = (uint16_t)get_be(buf, 2);
    back.delta = (int32_t)(uint32_t)get_be(buf + 2, 4);
    back.stamp = get_be(buf + 6, 8);
    memcpy(back.tag, buf + 14, 4);
    printf("%x %d %llx %s\n", back.id, back.delta, (unsigned long long)back.stamp, back.tag);
    return 0;
}
