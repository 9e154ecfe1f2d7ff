// Idioms: a priority queue (binary min-heap) of structs ordered by (time, sequence), driving a discrete-event simulation.
// std: c17
// expect-exit: 0
// expect-stdout:
// | t= 0 arrive customer 0
// | t= 0 start  customer 0
// | t= 1 arrive customer 1
// | t= 2 arrive customer 2
// | t= 2 arrive customer 3
// | t= 4 finish customer 0
// | t= 4 start  customer 1
// | t= 7 finish customer 1
// | t= 7 start  customer 2
// | t= 8 arrive customer 4
// | t= 8 finish customer 2
// | t= 8 start  customer 3
// | t= 9 arrive customer 5
// | t= 9 arrive customer 6
// | t=13 finish customer 3
// | t=13 start  customer 4
// | t=15 arrive customer 7
// | t=15 finish customer 4
// | t=15 start  customer 5
// | t=17 finish customer 5
// | t=17 start  customer 6
// | t=18 finish customer 6
// | t=18 start  customer 7
// | t=21 finish customer 7
// | done at 21, total wait 36, events 24
#include <stdio.h>
#include <stdlib.h>

enum kind { ARRIVE, START, FINISH };
struct event { long time; unsigned seq; enum kind kind; int customer; };
struct heap { struct event *items; size_t len, cap; };

static int before(const struct event *a, const struct event *b) {
    return a->time != b->time ? a->time < b->time : a->seq < b->seq;
}

static int push(struct heap *h, struct event e) {
    if (h->len == h->cap) {
        size_t cap = h->cap ? h->cap * 2 : 4;
        struct event *p = realloc(h->items, cap * sizeof *p);
        if (!p) return 0;
        h->items = p; h->cap = cap;
    }
    size_t i = h->len++;
    while (i > 0 && before(&e, &h->items[(i - 1) / 2])) { h->items[i] = h->items[(i - 1) / 2]; i = (i - 1) / 2; }
    h->items[i] = e;
    return 1;
}

static struct event pop(struct heap *h) {
    struct event top = h->items[0], last = h->items[--h->len];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= h->len) break;
        if (c + 1 < h->len && before(&h->items[c + 1], &h->items[c])) c++;
        if (!before(&h->items[c], &last)) break;
        h->items[i] = h->items[c];
        i = c;
    }
    if (h->len) h->items[i] = last;
    return top;
}

int main(void) {
    struct heap h = { 0 };
    unsigned seq = 0;
    static const long arrivals[] = { 0, 1, 2, 2, 8, 9, 9, 15 };
    static const long service[] = { 4, 3, 1, 5, 2, 2, 1, 3 };
    for (int c = 0; c < 8; c++) push(&h, (struct event){ arrivals[c], seq++, ARRIVE, c });
    int queue[8], qhead = 0, qtail = 0, busy = 0;
    long total_wait = 0, now = 0, arrived_at[8];
    static const char *const names[] = { "arrive", "start", "finish" };
    while (h.len) {
        struct event e = pop(&h);
        now = e.time;
        printf("t=%2ld %-6s customer %d\n", now, names[e.kind], e.customer);
        switch (e.kind) {
        case ARRIVE:
            arrived_at[e.customer] = now;
            if (!busy) { busy = 1; push(&h, (struct event){ now, seq++, START, e.customer }); }
            else queue[qtail++] = e.customer;
            break;
        case START:
            total_wait += now - arrived_at[e.customer];
            push(&h, (struct event){ now + service[e.customer], seq++, FINISH, e.customer });
            break;
        case FINISH:
            if (qhead < qtail) push(&h, (struct event){ now, seq++, START, queue[qhead++] });
            else busy = 0;
            break;
        }
    }
    printf("done at %ld, total wait %ld, events %u\n", now, total_wait, seq);
    free(h.items);
    return 0;
}
