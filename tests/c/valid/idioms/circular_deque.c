// Idioms: a growable double-ended queue in a circular buffer (head index + count, modulo capacity), with growth that unrolls the wrap, used for a sliding-window maximum.
// std: c17
// expect-exit: 0
// expect-stdout:
// | count 10 cap 16 front -5 back 5
// | pops: -5 5 -4 4
// | contents: -3 -2 -1 1 2 3
// | window max: 3 3 5 5 6 7 7 7 2 8 8 8
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct deque { int *buf; size_t cap, head, count; };

static int dq_grow(struct deque *d) {
    size_t cap = d->cap ? d->cap * 2 : 4;
    int *nb = malloc(cap * sizeof *nb);
    if (!nb) return 0;
    for (size_t i = 0; i < d->count; i++) nb[i] = d->buf[(d->head + i) % d->cap];
    free(d->buf);
    d->buf = nb; d->cap = cap; d->head = 0;
    return 1;
}
static int dq_push_back(struct deque *d, int v) {
    if (d->count == d->cap && !dq_grow(d)) return 0;
    d->buf[(d->head + d->count++) % d->cap] = v;
    return 1;
}
static int dq_push_front(struct deque *d, int v) {
    if (d->count == d->cap && !dq_grow(d)) return 0;
    d->head = (d->head + d->cap - 1) % d->cap;
    d->buf[d->head] = v;
    d->count++;
    return 1;
}
static int dq_pop_front(struct deque *d) { int v = d->buf[d->head]; d->head = (d->head + 1) % d->cap; d->count--; return v; }
static int dq_pop_back(struct deque *d) { d->count--; return d->buf[(d->head + d->count) % d->cap]; }
static int dq_front(const struct deque *d) { return d->buf[d->head]; }
static int dq_back(const struct deque *d) { return d->buf[(d->head + d->count - 1) % d->cap]; }

int main(void) {
    struct deque d = { 0 };
    for (int i = 1; i <= 5; i++) { dq_push_back(&d, i); dq_push_front(&d, -i); }
    printf("count %zu cap %zu front %d back %d\n", d.count, d.cap, dq_front(&d), dq_back(&d));
    int p1 = dq_pop_front(&d), p2 = dq_pop_back(&d), p3 = dq_pop_front(&d), p4 = dq_pop_back(&d);
    printf("pops: %d %d %d %d\n", p1, p2, p3, p4);
    printf("contents:");
    for (size_t i = 0; i < d.count; i++) printf(" %d", d.buf[(d.head + i) % d.cap]);
    printf("\n");
    free(d.buf);

    /* Sliding-window maximum: the deque holds indices with decreasing values. */
    int a[] = { 1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 1, 8, 0, -4 };
    int n = (int)(sizeof a / sizeof a[0]), k = 3;
    struct deque w = { 0 };
    printf("window max:");
    for (int i = 0; i < n; i++) {
        while (w.count && dq_front(&w) <= i - k) dq_pop_front(&w);
        while (w.count && a[dq_back(&w)] <= a[i]) dq_pop_back(&w);
        dq_push_back(&w, i);
        if (i >= k - 1) printf(" %d", a[dq_front(&w)]);
    }
    printf("\n");
    free(w.buf);
    return 0;
}
