// Idioms: a byte ring buffer with power-of-two capacity and free-running unsigned indices that wrap.
// std: c17
// expect-exit: 0
// expect-stdout:
// | wrote 16 used 16 free 0
// | read 6 'hello,' head 10 tail 0
// | wrote 6 used 16
// | read 16 ' ring buff012345' head 16 tail 16 used 0
// | total 3011 check 6254115500542665963 used 11 head 3027
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define RING_BITS 4
#define RING_SIZE (1u << RING_BITS)
#define RING_MASK (RING_SIZE - 1u)

struct ring { uint8_t buf[RING_SIZE]; uint16_t head, tail; }; /* head = write count, tail = read count */

static unsigned ring_used(const struct ring *r) { return (uint16_t)(r->head - r->tail); }
static unsigned ring_free(const struct ring *r) { return RING_SIZE - ring_used(r); }

static size_t ring_write(struct ring *r, const void *data, size_t len) {
    const uint8_t *p = data;
    size_t n = len < ring_free(r) ? len : ring_free(r);
    for (size_t i = 0; i < n; i++) r->buf[(r->head + i) & RING_MASK] = p[i];
    r->head = (uint16_t)(r->head + n);
    return n;
}

static size_t ring_read(struct ring *r, void *out, size_t len) {
    uint8_t *p = out;
    size_t n = len < ring_used(r) ? len : ring_used(r);
    /* Copy in at most two contiguous pieces, the way real drivers do. */
    size_t start = r->tail & RING_MASK;
    size_t first = RING_SIZE - start < n ? RING_SIZE - start : n;
    memcpy(p, r->buf + start, first);
    memcpy(p + first, r->buf, n - first);
    r->tail = (uint16_t)(r->tail + n);
    return n;
}

int main(void) {
    struct ring r;
    memset(&r, 0, sizeof r);
    /* Start the counters near the 16-bit wrap to exercise unsigned wraparound. */
    r.head = r.tail = 65530;
    char out[32];
    size_t w = ring_write(&r, "hello, ring buffer!", 19);
    printf("wrote %zu used %u free %u\n", w, ring_used(&r), ring_free(&r));
    size_t n = ring_read(&r, out, 6);
    printf("read %zu '%.*s' head %u tail %u\n", n, (int)n, out, r.head, r.tail);
    w = ring_write(&r, "0123456789", 10);
    printf("wrote %zu used %u\n", w, ring_used(&r));
    n = ring_read(&r, out, sizeof out);
    printf("read %zu '%.*s' head %u tail %u used %u\n", n, (int)n, out, r.head, r.tail, ring_used(&r));
    unsigned long total = 0, check = 0;
    for (int round = 0; round < 1000; round++) {
        uint8_t chunk[7];
        for (int i = 0; i < 7; i++) chunk[i] = (uint8_t)(round * 7 + i);
        size_t put = ring_write(&r, chunk, (size_t)(round % 7) + 1);
        uint8_t got[16];
        size_t take = ring_read(&r, got, (size_t)(round % 5) + 1);
        total += put;
        for (size_t i = 0; i < take; i++) check = check * 31u + got[i];
    }
    printf("total %lu check %lu used %u head %u\n", total, check, ring_used(&r), r.head);
    return 0;
}
