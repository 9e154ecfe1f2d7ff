// Programs: binary min-heap priority queue of (priority, name) pairs.
// expect-exit: 0
// expect-stdout:
// | 1 boot
// | 2 mount
// | 3 read
// | 5 write
// | 9 sleep
#include <stdio.h>
struct item { int prio; const char *name; };
struct pq { struct item a[32]; int n; };
static void up(struct pq *q, int i) {
    while (i > 0) {
        int p = (i - 1) / 2;
        if (q->a[p].prio <= q->a[i].prio) break;
        struct item t = q->a[p]; q->a[p] = q->a[i]; q->a[i] = t;
        i = p;
    }
}
static void down(struct pq *q, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < q->n && q->a[l].prio < q->a[m].prio) m = l;
        if (r < q->n && q->a[r].prio < q->a[m].prio) m = r;
        if (m == i) return;
        struct item t = q->a[m]; q->a[m] = q->a[i]; q->a[i] = t;
        i = m;
    }
}
static void push(struct pq *q, int prio, const char *name) { q->a[q->n] = (struct item){ prio, name }; up(q, q->n++); }
static struct item pop(struct pq *q) { struct item top = q->a[0]; q->a[0] = q->a[--q->n]; down(q, 0); return top; }
int main(void) {
    struct pq q = { .n = 0 };
    push(&q, 5, "write"); push(&q, 1, "boot"); push(&q, 3, "read"); push(&q, 9, "sleep"); push(&q, 2, "mount");
    while (q.n) { struct item it = pop(&q); printf("%d %s\n", it.prio, it.name); }
    return 0;
}
