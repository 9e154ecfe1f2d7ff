// Idioms: a Bloom filter over a bit array of uint64_t words with double hashing; measured false-positive rate against a known set.
// std: c17
// expect-exit: 0
// expect-stdout:
// | inserted 400, bits set 1597 of 4096, false negatives 0
// | false positives 7 of 800 (0.88%)
// | maybe('admin') 0 maybe('user:3') 1
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define BITS 4096
#define K 5
struct bloom { uint64_t words[BITS / 64]; unsigned inserted; };

static uint64_t h1(const char *s) { uint64_t h = 1469598103934665603u; while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211u; } return h; }
static uint64_t h2(const char *s) { uint64_t h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h | 1; }

static void bloom_add(struct bloom *b, const char *s) {
    uint64_t a = h1(s), c = h2(s);
    for (int i = 0; i < K; i++) { uint64_t bit = (a + (uint64_t)i * c) % BITS; b->words[bit / 64] |= UINT64_C(1) << (bit % 64); }
    b->inserted++;
}

static int bloom_maybe(const struct bloom *b, const char *s) {
    uint64_t a = h1(s), c = h2(s);
    for (int i = 0; i < K; i++) { uint64_t bit = (a + (uint64_t)i * c) % BITS; if (!(b->words[bit / 64] >> (bit % 64) & 1)) return 0; }
    return 1;
}

int main(void) {
    static struct bloom b;
    char key[32];
    for (int i = 0; i < 400; i++) { snprintf(key, sizeof key, "user:%d", i * 3); bloom_add(&b, key); }
    int set_bits = 0;
    for (int w = 0; w < BITS / 64; w++) set_bits += __builtin_popcountll(b.words[w]);
    int missing = 0;
    for (int i = 0; i < 400; i++) { snprintf(key, sizeof key, "user:%d", i * 3); missing += !bloom_maybe(&b, key); }
    int false_pos = 0, probes = 0;
    for (int i = 0; i < 1200; i++) {
        if (i % 3 == 0) continue;
        snprintf(key, sizeof key, "user:%d", i);
        probes++;
        false_pos += bloom_maybe(&b, key);
    }
    printf("inserted %u, bits set %d of %d, false negatives %d\n", b.inserted, set_bits, BITS, missing);
    printf("false positives %d of %d (%.2f%%)\n", false_pos, probes, 100.0 * false_pos / probes);
    printf("maybe('admin') %d maybe('user:3') %d\n", bloom_maybe(&b, "admin"), bloom_maybe(&b, "user:3"));
    return missing;
}
