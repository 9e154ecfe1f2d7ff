/* Compresses and decompresses generated data in memory with libbzip2 and prints sizes and
   checksums: the bzip2 real-program test of `altitude run` (tests/Altitude.Tests/RealCode/
   Bzip2RunTests.cs compares its output with a gcc build of the same sources). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bzlib.h"

#define DATA_SIZE 20000

/* Text-like data with repeats, a long run of one byte, then pseudo-random bytes. */
static void generate(char *data, int size) {
    static const char *words[] = {"altitude ", "virtual ", "machine ", "for ", "C ", "programs ", "\n"};
    unsigned state = 4242u;
    int i = 0;
    while (i < size / 2) {
        state = state * 1103515245u + 12345u;
        const char *w = words[(state >> 16) % 7];
        while (*w && i < size / 2) data[i++] = *w++;
    }
    while (i < size * 3 / 4) data[i++] = 'z';
    while (i < size) {
        state = state * 1103515245u + 12345u;
        data[i++] = (char)(state >> 16);
    }
}

static unsigned fnv(const char *p, unsigned n) {
    unsigned h = 2166136261u;
    for (unsigned i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

/* Streams through the low-level API with small buffers. */
static void streaming(const char *data, int block, int work) {
    static char packed[DATA_SIZE * 2], back[DATA_SIZE];
    char out[53];
    bz_stream s;
    memset(&s, 0, sizeof s);
    int rc = BZ2_bzCompressInit(&s, block, 0, work);
    unsigned packed_size = 0, fed = 0;
    int action;
    do {
        unsigned chunk = DATA_SIZE - fed < 333 ? DATA_SIZE - fed : 333;
        s.next_in = (char *)data + fed;
        s.avail_in = chunk;
        fed += chunk;
        action = fed == DATA_SIZE ? BZ_FINISH : BZ_RUN;
        do {
            s.next_out = out;
            s.avail_out = sizeof out;
            rc = BZ2_bzCompress(&s, action);
            memcpy(packed + packed_size, out, sizeof out - s.avail_out);
            packed_size += sizeof out - s.avail_out;
        } while (action == BZ_FINISH ? rc != BZ_STREAM_END : s.avail_in > 0);
    } while (action != BZ_FINISH);
    printf("stream block %d work %d: end=%d size=%u hash=%08x\n", block, work, rc, packed_size, fnv(packed, packed_size));
    BZ2_bzCompressEnd(&s);

    memset(&s, 0, sizeof s);
    rc = BZ2_bzDecompressInit(&s, 0, 0);
    unsigned back_size = 0, pos = 0;
    while (rc == BZ_OK) {
        unsigned chunk = packed_size - pos < 29 ? packed_size - pos : 29;
        s.next_in = packed + pos;
        s.avail_in = chunk;
        pos += chunk;
        do {
            s.next_out = out;
            s.avail_out = sizeof out;
            rc = BZ2_bzDecompress(&s);
            if (back_size + (sizeof out - s.avail_out) > sizeof back) { printf("overflow\n"); return; }
            memcpy(back + back_size, out, sizeof out - s.avail_out);
            back_size += sizeof out - s.avail_out;
        } while (rc == BZ_OK && (s.avail_in > 0 || s.avail_out == 0));
    }
    printf("  decompress: end=%d size=%u same=%d\n", rc, back_size,
           back_size == DATA_SIZE && memcmp(back, data, DATA_SIZE) == 0);
    BZ2_bzDecompressEnd(&s);
}

/* With the argument "small", BZ2_bzBuffToBuffDecompress also runs in its small-memory mode. */
int main(int argc, char **argv) {
    int small = argc > 1 && strcmp(argv[1], "small") == 0;
    static char data[DATA_SIZE];
    static char packed[DATA_SIZE * 2], back[DATA_SIZE];
    generate(data, DATA_SIZE);
    printf("bzip2 %s data hash=%08x\n", BZ2_bzlibVersion(), fnv(data, DATA_SIZE));
    for (int block = 1; block <= 9; block += 4) {
        unsigned packed_size = sizeof packed, back_size = sizeof back;
        int rc = BZ2_bzBuffToBuffCompress(packed, &packed_size, data, DATA_SIZE, block, 0, 30);
        int rc2 = BZ2_bzBuffToBuffDecompress(back, &back_size, packed, packed_size, 0, 0);
        unsigned small_size = sizeof back;
        int rc3 = small ? BZ2_bzBuffToBuffDecompress(back, &small_size, packed, packed_size, 1, 0) : -100;
        printf("block %d: compress=%d size=%u hash=%08x decompress=%d size=%u small=%d same=%d\n", block, rc,
               packed_size, fnv(packed, packed_size), rc2, back_size, rc3,
               back_size == DATA_SIZE && memcmp(back, data, DATA_SIZE) == 0);
    }
    /* workFactor 1 makes the block sort fall back to its slow, worst-case-safe algorithm. */
    streaming(data, 3, 1);
    streaming(data, 9, 0);
    unsigned tiny = 100;
    printf("too small: %d\n", BZ2_bzBuffToBuffCompress(packed, &tiny, data, DATA_SIZE, 9, 0, 0));
    unsigned bad_size = sizeof back;
    packed[20] ^= 0x55;
    printf("corrupt: %d\n", BZ2_bzBuffToBuffDecompress(back, &bad_size, packed, 100, 0, 0));
    return 0;
}
