// Idioms: Duff's device (a switch interleaved with a do-while) for unrolled copies and sums, checked against plain loops.
// std: c17
// expect-exit: 0
// expect-stdout:
// | count  1 copy ok sum 0
// | count  9 copy ok sum -48
// | count 17 copy ok sum 544
// | count 25 copy ok sum 2800
// | count 33 copy ok sum 7744
// | failures 0
#include <stdio.h>
#include <string.h>

#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"

static void duff_copy(short *to, const short *from, int count) {
    if (count <= 0) return;
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

static long duff_sum(const int *p, int count) {
    long s = 0;
    int n = (count + 3) / 4;
    if (count <= 0) return 0;
    switch (count % 4) {
    case 0: do { s += *p++;
    case 3:      s += *p++;
    case 2:      s += *p++;
    case 1:      s += *p++;
            } while (--n > 0);
    }
    return s;
}

int main(void) {
    short src[40], dst[40];
    int ints[40];
    for (int i = 0; i < 40; i++) { src[i] = (short)(i * 3 - 20); ints[i] = i * i - 7 * i; }
    int failures = 0;
    for (int count = 0; count <= 33; count++) {
        memset(dst, 0, sizeof dst);
        duff_copy(dst, src, count);
        int ok = memcmp(dst, src, (size_t)count * sizeof(short)) == 0 && (count == 40 || dst[count] == 0);
        long plain = 0;
        for (int i = 0; i < count; i++) plain += ints[i];
        if (!ok || plain != duff_sum(ints, count)) failures++;
        if (count % 8 == 1 || count == 33) printf("count %2d copy %s sum %ld\n", count, ok ? "ok" : "bad", duff_sum(ints, count));
    }
    printf("failures %d\n", failures);
    return failures;
}
