// Idioms: 64-bit hashing with unsigned arithmetic: FNV-1a, a murmur-style finalizer, splitmix64, and hash combining.
// std: c17
// expect-exit: 0
// expect-stdout:
// | fnv1a64("") = cbf29ce484222325 block 810879608e4259cc
// | fnv1a64("a") = af63dc4c8601ec8c block 4ef33ae7d413d8f3
// | fnv1a64("foobar") = 85944171f73967e8 block 25a19cd7b94b32c2
// | fnv1a64("The quick brown fox jumps over the lazy dog") = f3f9b7f5e7e47110 block a962f3431205ac5c
// | fmix64(1) = b456bcfc34c2cb2c fmix64(0) = 0000000000000000
// | splitmix 0: 599ed017fb08fc85
// | splitmix 1: 2c73f08458540fa5
// | splitmix 2: 883ebce5a3f27c77
// | splitmix 3: 3fbef740e9177b3f
// | buckets min 233 max 300
// | combined 0de20641456a4467
// | average flipped bits 30.94
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t fnv1a64(const void *data, size_t n) {
    const unsigned char *p = data;
    uint64_t h = UINT64_C(14695981039346656037);
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= UINT64_C(1099511628211); }
    return h;
}

static uint64_t fmix64(uint64_t k) {
    k ^= k >> 33; k *= UINT64_C(0xff51afd7ed558ccd);
    k ^= k >> 33; k *= UINT64_C(0xc4ceb9fe1a85ec53);
    k ^= k >> 33;
    return k;
}

static uint64_t splitmix64(uint64_t *state) {
    uint64_t z = (*state += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

static uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* A murmur-like block hash over 8-byte words read with memcpy, tail bytes folded in. */
static uint64_t block_hash(const void *data, size_t n, uint64_t seed) {
    const unsigned char *p = data;
    uint64_t h = seed ^ (n * UINT64_C(0x87c37b91114253d5));
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t k;
        memcpy(&k, p + i, 8);
        k *= UINT64_C(0x87c37b91114253d5); k = rotl64(k, 31); k *= UINT64_C(0x4cf5ad432745937f);
        h ^= k; h = rotl64(h, 27) * 5 + 0x52dce729;
    }
    uint64_t tail = 0;
    for (size_t j = 0; i + j < n; j++) tail |= (uint64_t)p[i + j] << (8 * j);
    h ^= tail * UINT64_C(0x4cf5ad432745937f);
    return fmix64(h);
}

static uint64_t hash_combine(uint64_t seed, uint64_t v) { return seed ^ (v + UINT64_C(0x9e3779b97f4a7c15) + (seed << 6) + (seed >> 2)); }

int main(void) {
    const char *words[] = { "", "a", "foobar", "The quick brown fox jumps over the lazy dog" };
    for (int i = 0; i < 4; i++)
        printf("fnv1a64(\"%s\") = %016" PRIx64 " block %016" PRIx64 "\n", words[i], fnv1a64(words[i], strlen(words[i])),
               block_hash(words[i], strlen(words[i]), 42));
    printf("fmix64(1) = %016" PRIx64 " fmix64(0) = %016" PRIx64 "\n", fmix64(1), fmix64(0));
    uint64_t st = 1234567;
    for (int i = 0; i < 4; i++) printf("splitmix %d: %016" PRIx64 "\n", i, splitmix64(&st));
    /* Bucket distribution of 4096 keys into 16 buckets. */
    unsigned buckets[16] = { 0 };
    for (uint32_t k = 0; k < 4096; k++) buckets[fmix64(k) & 15]++;
    unsigned lo = 4096, hi = 0;
    for (int i = 0; i < 16; i++) { if (buckets[i] < lo) lo = buckets[i]; if (buckets[i] > hi) hi = buckets[i]; }
    printf("buckets min %u max %u\n", lo, hi);
    uint64_t seed = 0;
    int fields[] = { 7, 11, 13 };
    for (int i = 0; i < 3; i++) seed = hash_combine(seed, fnv1a64(&fields[i], sizeof fields[i]));
    printf("combined %016" PRIx64 "\n", seed);
    /* Avalanche: flipping one input bit flips about half of the output bits. */
    int flipped = 0;
    for (int bit = 0; bit < 64; bit++) flipped += __builtin_popcountll(fmix64(0x1234) ^ fmix64(0x1234 ^ (UINT64_C(1) << bit)));
    printf("average flipped bits %.2f\n", flipped / 64.0);
    return 0;
}
