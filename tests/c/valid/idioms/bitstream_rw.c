// Idioms: an MSB-first bit writer and reader over a byte buffer with a 64-bit accumulator: writing fields of 1..32 bits, Elias-gamma codes, and reading them back.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 113 bits in 15 bytes: ba bc de ad be ef a6 42 84 40 c8 00 fa 3f 80
// | fields 5 1 0xabc 0xdeadbeef
// | gamma: 1 2 3 4 5 17 100 1000
// | tail 0x7f all ok 1
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct bitwriter { uint8_t *buf; size_t cap, pos; uint64_t acc; int nbits; };
struct bitreader { const uint8_t *buf; size_t len, pos; uint64_t acc; int nbits; };

static void put_bits(struct bitwriter *w, uint32_t value, int count) {
    w->acc = (w->acc << count) | (value & (count == 32 ? 0xFFFFFFFFu : (1u << count) - 1u));
    w->nbits += count;
    while (w->nbits >= 8 && w->pos < w->cap) { w->nbits -= 8; w->buf[w->pos++] = (uint8_t)(w->acc >> w->nbits); }
}
static void flush_bits(struct bitwriter *w) { if (w->nbits) put_bits(w, 0, 8 - w->nbits); }

static uint32_t get_bits(struct bitreader *r, int count) {
    while (r->nbits < count) { r->acc = (r->acc << 8) | (r->pos < r->len ? r->buf[r->pos] : 0); r->pos++; r->nbits += 8; }
    r->nbits -= count;
    return (uint32_t)(r->acc >> r->nbits) & (count == 32 ? 0xFFFFFFFFu : (1u << count) - 1u);
}

/* Elias gamma: N-1 zero bits, then the N significant bits of v (v >= 1). */
static void put_gamma(struct bitwriter *w, uint32_t v) {
    int n = 32 - __builtin_clz(v);
    put_bits(w, 0, n - 1);
    put_bits(w, v, n);
}
static uint32_t get_gamma(struct bitreader *r) {
    int zeros = 0;
    while (get_bits(r, 1) == 0) zeros++;
    return zeros ? (1u << zeros) | get_bits(r, zeros) : 1u;
}

int main(void) {
    uint8_t buf[64];
    memset(buf, 0, sizeof buf);
    struct bitwriter w = { buf, sizeof buf, 0, 0, 0 };
    put_bits(&w, 5, 3);
    put_bits(&w, 1, 1);
    put_bits(&w, 0xABC, 12);
    put_bits(&w, 0xDEADBEEFu, 32);
    const uint32_t gam[] = { 1, 2, 3, 4, 5, 17, 100, 1000 };
    for (int i = 0; i < 8; i++) put_gamma(&w, gam[i]);
    put_bits(&w, 0x7F, 7);
    size_t bits_written = w.pos * 8 + (size_t)w.nbits;
    flush_bits(&w);
    printf("%zu bits in %zu bytes:", bits_written, w.pos);
    for (size_t i = 0; i < w.pos; i++) printf(" %02x", buf[i]);
    printf("\n");
    struct bitreader r = { buf, w.pos, 0, 0, 0 };
    unsigned a = get_bits(&r, 3), b = get_bits(&r, 1), c = get_bits(&r, 12), d = get_bits(&r, 32);
    printf("fields %u %u %#x %#x\n", a, b, c, d);
    printf("gamma:");
    int ok = 1;
    for (int i = 0; i < 8; i++) { uint32_t v = get_gamma(&r); printf(" %u", v); ok &= v == gam[i]; }
    unsigned tail = get_bits(&r, 7);
    printf("\ntail %#x all ok %d\n", tail, ok && tail == 0x7F);
    return 0;
}
