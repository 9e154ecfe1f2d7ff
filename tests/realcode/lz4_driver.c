/* Compresses and decompresses generated data with LZ4 (fast and HC) and prints sizes and hashes:
   the lz4 real-program test of `altitude run` (tests/Altitude.Tests/RealCode/Lz4RunTests.cs
   compares its output with a gcc build of the same sources). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lz4.h"
#include "lz4hc.h"

#define DATA_SIZE 9000

/* Text-like data with repeats (compresses well) followed by pseudo-random bytes (does not). */
static void generate(char *data, int size) {
    static const char *words[] = {"altitude ", "virtual ", "machine ", "for ", "C ", "programs ", "\n"};
    unsigned state = 777u;
    int i = 0;
    while (i < size * 3 / 4) {
        state = state * 1103515245u + 12345u;
        const char *w = words[(state >> 16) % 7];
        while (*w && i < size * 3 / 4) data[i++] = *w++;
    }
    while (i < size) {
        state = state * 1103515245u + 12345u;
        data[i++] = (char)(state >> 16);
    }
}

static unsigned fnv(const char *p, int n) {
    unsigned h = 2166136261u;
    for (int i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

static void check(const char *what, const char *data, const char *packed, int packed_size) {
    static char back[DATA_SIZE];
    int n = LZ4_decompress_safe(packed, back, packed_size, DATA_SIZE);
    int partial = LZ4_decompress_safe_partial(packed, back, packed_size, 1234, DATA_SIZE);
    printf("%s: size=%d hash=%08x decompressed=%d same=%d partial=%d\n", what, packed_size,
           fnv(packed, packed_size), n, n == DATA_SIZE && memcmp(back, data, DATA_SIZE) == 0, partial);
}

/* With the argument "fast" only the lz4.c API runs; without it the lz4hc.c API runs too. */
int main(int argc, char **argv) {
    int with_hc = !(argc > 1 && strcmp(argv[1], "fast") == 0);
    static char data[DATA_SIZE];
    char *packed = malloc(LZ4_compressBound(DATA_SIZE));
    int bound = LZ4_compressBound(DATA_SIZE);
    char label[64];
    generate(data, DATA_SIZE);
    printf("lz4 %s bound=%d data hash=%08x\n", LZ4_versionString(), bound, fnv(data, DATA_SIZE));

    check("default", data, packed, LZ4_compress_default(data, packed, DATA_SIZE, bound));
    for (int accel = 2; accel <= 32; accel *= 4) {
        sprintf(label, "fast %d", accel);
        check(label, data, packed, LZ4_compress_fast(data, packed, DATA_SIZE, bound, accel));
    }
    /* Too small a destination: compression must fail cleanly (0), decompression must refuse. */
    printf("small dst: %d\n", LZ4_compress_default(data, packed, DATA_SIZE, 100));
    int n = LZ4_compress_default(data, packed, DATA_SIZE, bound);
    static char back[DATA_SIZE];
    printf("truncated input: %d\n", LZ4_decompress_safe(packed, back, n / 2, DATA_SIZE) < 0);
    printf("short output: %d\n", LZ4_decompress_safe(packed, back, n, DATA_SIZE / 2) < 0);

    /* Streaming: blocks of 1000 bytes that refer back to earlier blocks. */
    LZ4_stream_t *stream = LZ4_createStream();
    LZ4_streamDecode_t decode;
    LZ4_setStreamDecode(&decode, NULL, 0);
    int total = 0, same = 1;
    for (int off = 0; off < DATA_SIZE; off += 1000) {
        int c = LZ4_compress_fast_continue(stream, data + off, packed, 1000, bound, 1);
        int d = LZ4_decompress_safe_continue(&decode, packed, back + off, c, 1000);
        total += c;
        same &= d == 1000 && memcmp(back + off, data + off, 1000) == 0;
    }
    printf("stream: total=%d same=%d\n", total, same);
    LZ4_freeStream(stream);
    if (!with_hc) {
        free(packed);
        return 0;
    }

    for (int level = 1; level <= LZ4HC_CLEVEL_MAX; level += 3) {
        sprintf(label, "hc %d", level);
        check(label, data, packed, LZ4_compress_HC(data, packed, DATA_SIZE, bound, level));
    }

    LZ4_streamHC_t *hc = LZ4_createStreamHC();
    LZ4_resetStreamHC_fast(hc, 9);
    LZ4_setStreamDecode(&decode, NULL, 0);
    total = 0;
    same = 1;
    for (int off = 0; off < DATA_SIZE; off += 1500) {
        int c = LZ4_compress_HC_continue(hc, data + off, packed, 1500, bound);
        int d = LZ4_decompress_safe_continue(&decode, packed, back + off, c, 1500);
        total += c;
        same &= d == 1500 && memcmp(back + off, data + off, 1500) == 0;
    }
    printf("stream hc: total=%d same=%d\n", total, same);
    LZ4_freeStreamHC(hc);
    free(packed);
    return 0;
}
