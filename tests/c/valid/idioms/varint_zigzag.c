// Idioms: variable-length integer encoding (LEB128 varints) with zigzag for signed values, as used by protocol buffers; stream of mixed values round-tripped.
// std: c17
// expect-exit: 0
// expect-stdout:
// |                    0 zz                    0 -> 00
// |                   -1 zz                    1 -> 01
// |                    1 zz                    2 -> 02
// |                   -2 zz                    3 -> 03
// |                   63 zz                  126 -> 7e
// |                  -64 zz                  127 -> 7f
// |                   64 zz                  128 -> 80 01
// |                  300 zz                  600 -> d8 04
// |                 -300 zz                  599 -> d7 04
// |              1000000 zz              2000000 -> 80 89 7a
// |          -2147483648 zz           4294967295 -> ff ff ff ff 0f
// |  9223372036854775807 zz 18446744073709551614 -> fe ff ff ff ff ff ff ff ff 01
// | -9223372036854775808 zz 18446744073709551615 -> ff ff ff ff ff ff ff ff ff 01
// | stream 40 bytes for 13 values (104 raw)
// | decoded 13/13, consumed 40
// | truncated input accepted: 0
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>

static uint64_t zigzag(int64_t v) { return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63); }
static int64_t unzigzag(uint64_t u) { return (int64_t)(u >> 1) ^ -(int64_t)(u & 1); }

static size_t put_varint(uint8_t *out, uint64_t v) {
    size_t n = 0;
    do {
        uint8_t byte = v & 0x7F;
        v >>= 7;
        out[n++] = (uint8_t)(byte | (v ? 0x80 : 0));
    } while (v);
    return n;
}

static int get_varint(const uint8_t *in, size_t len, size_t *pos, uint64_t *v) {
    uint64_t result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (*pos >= len) return 0;
        uint8_t byte = in[(*pos)++];
        result |= (uint64_t)(byte & 0x7F) << shift;
        if (!(byte & 0x80)) { *v = result; return 1; }
    }
    return 0;
}

int main(void) {
    const int64_t values[] = { 0, -1, 1, -2, 63, -64, 64, 300, -300, 1000000, INT32_MIN, INT64_MAX, INT64_MIN };
    enum { N = sizeof values / sizeof values[0] };
    uint8_t stream[N * 10];
    size_t len = 0;
    for (int i = 0; i < N; i++) {
        size_t start = len;
        len += put_varint(stream + len, zigzag(values[i]));
        printf("%20" PRId64 " zz %20" PRIu64 " ->", values[i], zigzag(values[i]));
        for (size_t k = start; k < len; k++) printf(" %02x", stream[k]);
        printf("\n");
    }
    printf("stream %zu bytes for %d values (%zu raw)\n", len, N, sizeof values);
    size_t pos = 0;
    int ok = 0;
    uint64_t u;
    for (int i = 0; i < N && get_varint(stream, len, &pos, &u); i++) ok += unzigzag(u) == values[i];
    printf("decoded %d/%d, consumed %zu\n", ok, N, pos);
    uint8_t truncated[] = { 0x80, 0x80 };
    pos = 0;
    printf("truncated input accepted: %d\n", get_varint(truncated, sizeof truncated, &pos, &u));
    return ok != N;
}
