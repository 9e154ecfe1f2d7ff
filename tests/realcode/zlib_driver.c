/* Compresses and decompresses generated data in memory with zlib and prints sizes and checksums:
   the zlib real-program test of `altitude run` (tests/Altitude.Tests/RealCode/ZlibRunTests.cs
   compares its output with a gcc build of the same sources). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "zlib.h"

#define DATA_SIZE 6000

/* Text-like data with repeats (compresses well) followed by pseudo-random bytes (does not). */
static void generate(unsigned char *data, size_t size) {
    static const char *words[] = {"altitude ", "virtual ", "machine ", "for ", "C ", "programs ", "\n"};
    unsigned state = 12345u;
    size_t i = 0;
    while (i < size * 2 / 3) {
        state = state * 1103515245u + 12345u;
        const char *w = words[(state >> 16) % 7];
        while (*w && i < size * 2 / 3) data[i++] = (unsigned char)*w++;
    }
    while (i < size) {
        state = state * 1103515245u + 12345u;
        data[i++] = (unsigned char)(state >> 16);
    }
}

static void one_shot(const unsigned char *data, uLong size, int level) {
    uLongf bound = compressBound(size);
    unsigned char *packed = malloc(bound);
    unsigned char *back = malloc(size);
    uLongf packed_size = bound, back_size = size;
    int rc = compress2(packed, &packed_size, data, size, level);
    int rc2 = uncompress(back, &back_size, packed, packed_size);
    printf("level %d: compress2=%d size=%lu crc=%08lx uncompress=%d size=%lu same=%d\n", level, rc,
           (unsigned long)packed_size, crc32(0L, packed, (uInt)packed_size), rc2,
           (unsigned long)back_size, back_size == size && memcmp(back, data, size) == 0);
    free(packed);
    free(back);
}

/* Streams through deflate and inflate with tiny buffers, so every state save/restore path runs. */
static void streaming(const unsigned char *data, uInt size, int level, int window_bits, int strategy) {
    unsigned char packed[DATA_SIZE * 2];
    unsigned char back[DATA_SIZE];
    unsigned char out[37];
    z_stream s;
    memset(&s, 0, sizeof s);
    int rc = deflateInit2(&s, level, Z_DEFLATED, window_bits, 8, strategy);
    size_t packed_size = 0;
    uInt fed = 0;
    int flush;
    do {
        uInt chunk = size - fed < 101 ? size - fed : 101;
        s.next_in = (Bytef *)data + fed;
        s.avail_in = chunk;
        fed += chunk;
        flush = fed == size ? Z_FINISH : (fed % 1010 == 0 ? Z_SYNC_FLUSH : Z_NO_FLUSH);
        do {
            s.next_out = out;
            s.avail_out = sizeof out;
            rc = deflate(&s, flush);
            size_t have = sizeof out - s.avail_out;
            memcpy(packed + packed_size, out, have);
            packed_size += have;
        } while (s.avail_out == 0);
    } while (flush != Z_FINISH);
    printf("deflate level %d bits %d strategy %d: end=%d total_in=%lu total_out=%lu adler=%08lx\n", level,
           window_bits, strategy, rc, s.total_in, s.total_out, s.adler);
    deflateEnd(&s);

    memset(&s, 0, sizeof s);
    rc = inflateInit2(&s, window_bits);
    size_t back_size = 0, pos = 0;
    do {
        size_t chunk = packed_size - pos < 23 ? packed_size - pos : 23;
        s.next_in = packed + pos;
        s.avail_in = (uInt)chunk;
        pos += chunk;
        do {
            s.next_out = out;
            s.avail_out = sizeof out;
            rc = inflate(&s, Z_NO_FLUSH);
            size_t have = sizeof out - s.avail_out;
            if (back_size + have > sizeof back) { printf("inflate overflow\n"); return; }
            memcpy(back + back_size, out, have);
            back_size += have;
        } while (s.avail_out == 0 && rc == Z_OK);
        if (rc == Z_BUF_ERROR) rc = Z_OK; /* no progress possible: it needs more input */
    } while (rc == Z_OK && pos < packed_size);
    printf("inflate: end=%d total_out=%lu same=%d crc=%08lx\n", rc, s.total_out,
           back_size == size && memcmp(back, data, size) == 0, crc32(0L, back, (uInt)back_size));
    inflateEnd(&s);
}

/* The gz* file layer: write a gzip file with gzprintf/gzputs/gzwrite, read it back by lines, seek,
   rewind and read. */
static void gzip_file(const char *path, const unsigned char *data) {
    gzFile f = gzopen(path, "wb9");
    if (!f) { printf("gzopen failed\n"); return; }
    for (int i = 0; i < 200; i++) gzprintf(f, "line %d of %s\n", i, "altitude");
    gzputs(f, "end\n");
    printf("gzwrite=%d\n", gzwrite(f, data, 1500));
    printf("gzclose write=%d\n", gzclose(f));
    char buf[64];
    f = gzopen(path, "rb");
    int lines = 0;
    uLong crc = crc32(0L, Z_NULL, 0);
    while (lines < 201 && gzgets(f, buf, sizeof buf)) {
        lines++;
        crc = crc32(crc, (const Bytef *)buf, (uInt)strlen(buf));
    }
    printf("lines=%d crc=%08lx tell=%ld\n", lines, crc, (long)gztell(f));
    unsigned char back[1500];
    /* Separate statements: the order in which a call's arguments are evaluated is unspecified. */
    int got = gzread(f, back, sizeof back);
    printf("gzread=%d same=%d eof=%d\n", got, memcmp(back, data, sizeof back) == 0, gzeof(f));
    long at = (long)gzseek(f, 5, SEEK_SET);
    printf("seek=%ld getc=%c\n", at, gzgetc(f));
    gzrewind(f);
    int n = gzread(f, buf, 20);
    printf("rewind read=%d first=%.*s\n", n, n, buf);
    printf("gzclose read=%d\n", gzclose(f));
}

/* With an argument, the gz* file layer also runs, on a file of that name. */
int main(int argc, char **argv) {
    static unsigned char data[DATA_SIZE];
    generate(data, sizeof data);
    printf("zlib %s\n", zlibVersion());
    printf("crc32(\"123456789\")=%08lx adler32=%08lx\n", crc32(0L, (const Bytef *)"123456789", 9),
           adler32(1L, (const Bytef *)"123456789", 9));
    uLong c = crc32(0L, data, 1000), a = adler32(1L, data, 1000);
    printf("data crc32=%08lx adler32=%08lx combined crc=%08lx adler=%08lx\n", crc32(0L, data, sizeof data),
           adler32(1L, data, sizeof data), crc32_combine(c, crc32(0L, data + 1000, DATA_SIZE - 1000), DATA_SIZE - 1000),
           adler32_combine(a, adler32(1L, data + 1000, DATA_SIZE - 1000), DATA_SIZE - 1000));
    for (int level = 0; level <= 9; level += 3) one_shot(data, sizeof data, level);
    one_shot(data, sizeof data, Z_DEFAULT_COMPRESSION);
    streaming(data, sizeof data, 6, 15, Z_DEFAULT_STRATEGY);
    streaming(data, sizeof data, 1, 31, Z_DEFAULT_STRATEGY);   /* gzip wrapper */
    streaming(data, sizeof data, 9, -12, Z_FILTERED);          /* raw deflate, small window */
    streaming(data, sizeof data, 5, 15, Z_HUFFMAN_ONLY);
    streaming(data, sizeof data, 6, 15, Z_RLE);
    streaming(data, sizeof data, 4, 15, Z_FIXED);
    if (argc > 1) gzip_file(argv[1], data);
    return 0;
}
