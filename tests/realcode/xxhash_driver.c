/* Hashes generated data with xxHash (XXH32, XXH64, XXH3 64 and 128 bits; one-shot, streaming,
   seeded, canonical form) and prints the hashes: the xxHash real-program test of `altitude run`
   (tests/Altitude.Tests/RealCode/XxhashRunTests.cs compares its output with a gcc build). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xxhash.h"

#define DATA_SIZE 5000
/* XXH3's long-input loop forms `in + XXH_PREFETCH_DIST` (384 bytes ahead) for every stripe, even
   the last ones: a pointer outside the input when the input ends less than 384 bytes before the
   end of its object. The hashed data therefore lives in a larger array. */
#define SLACK 512

int main(int argc, char **argv) {
    static unsigned char data[DATA_SIZE + SLACK];
    unsigned state = 99u;
    if (argc > 1 && strcmp(argv[1], "exact") == 0) {
        /* The same hash of an exactly sized copy: undefined behaviour in xxhash.h (see above). */
        unsigned char *copy = malloc(1000);
        memset(copy, 'x', 1000);
        printf("exact=%016llx\n", (unsigned long long)XXH3_64bits(copy, 1000));
        free(copy);
        return 0;
    }
    for (int i = 0; i < DATA_SIZE + SLACK; i++) {
        state = state * 1103515245u + 12345u;
        data[i] = (unsigned char)(state >> 16);
    }
    printf("xxhash %u\n", XXH_versionNumber());
    /* Every length up to 300 walks each short-input path; odd offsets make the reads unaligned. */
    unsigned long long mix = 0;
    for (size_t len = 0; len <= 300; len++) {
        mix = mix * 31 + XXH32(data + 1, len, 0) + XXH64(data + 3, len, len);
        mix ^= XXH3_64bits_withSeed(data + 5, len, 7) + XXH3_128bits(data + len % 7, len).high64;
    }
    printf("mix=%016llx\n", mix);
    size_t sizes[] = {0, 1, 3, 4, 8, 16, 17, 128, 129, 240, 241, 1024, 4999, DATA_SIZE};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t n = sizes[i];
        XXH128_hash_t h128 = XXH3_128bits_withSeed(data, n, 42);
        printf("%4zu: xxh32=%08x xxh64=%016llx xxh3=%016llx xxh128=%016llx%016llx\n", n, XXH32(data, n, 0),
               (unsigned long long)XXH64(data, n, 0), (unsigned long long)XXH3_64bits(data, n),
               (unsigned long long)h128.high64, (unsigned long long)h128.low64);
    }
    /* Streaming in uneven pieces must give the one-shot hashes. Not XXH3's streaming: it hashes its
       own 256-byte internal buffer through the same loop, so the prefetch pointer leaves the state
       object (the undefined behaviour above, inside the library). */
    XXH32_state_t *s32 = XXH32_createState();
    XXH64_state_t *s64 = XXH64_createState();
    XXH32_reset(s32, 5);
    XXH64_reset(s64, 5);
    for (size_t off = 0, step = 1; off < DATA_SIZE; off += step, step = step * 3 % 257 + 1) {
        size_t n = off + step > DATA_SIZE ? DATA_SIZE - off : step;
        XXH32_update(s32, data + off, n);
        XXH64_update(s64, data + off, n);
    }
    printf("stream32=%d stream64=%d\n", XXH32_digest(s32) == XXH32(data, DATA_SIZE, 5),
           XXH64_digest(s64) == XXH64(data, DATA_SIZE, 5));
    XXH32_freeState(s32);
    XXH64_freeState(s64);
    XXH64_canonical_t canonical;
    XXH64_canonicalFromHash(&canonical, XXH64("altitude", 8, 0));
    for (int i = 0; i < 8; i++) printf("%02x", canonical.digest[i]);
    printf(" -> %016llx\n", (unsigned long long)XXH64_hashFromCanonical(&canonical));
    return 0;
}
