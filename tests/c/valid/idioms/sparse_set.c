// Idioms: the sparse set (Briggs-Torczon): dense and sparse arrays give O(1) insert, delete, membership and clear without initialising memory; iteration in insertion-ish order.
// std: c17
// expect-exit: 0
// expect-stdout:
// | added 6
// | set (6): 42 7 999 500 0 3
// | has 7 1, has 8 0, has 1000 0
// | after del 7 (5): 42 3 999 500 0
// | after clear has 42: 0
// | reused (6): 995 996 997 998 999 42
// | sum of members 5027
#include <stdio.h>
#include <stdlib.h>

struct sparse_set { unsigned *dense, *sparse; unsigned n, universe; };

static int ss_init(struct sparse_set *s, unsigned universe) {
    s->dense = malloc(universe * sizeof *s->dense);
    /* calloc keeps every read defined; the algorithm itself would tolerate garbage here. */
    s->sparse = calloc(universe, sizeof *s->sparse);
    s->n = 0; s->universe = universe;
    return s->dense && s->sparse;
}
static int ss_has(const struct sparse_set *s, unsigned x) { return x < s->universe && s->sparse[x] < s->n && s->dense[s->sparse[x]] == x; }
static int ss_add(struct sparse_set *s, unsigned x) {
    if (x >= s->universe || ss_has(s, x)) return 0;
    s->dense[s->n] = x; s->sparse[x] = s->n++;
    return 1;
}
static int ss_del(struct sparse_set *s, unsigned x) {
    if (!ss_has(s, x)) return 0;
    unsigned last = s->dense[--s->n];
    s->dense[s->sparse[x]] = last;
    s->sparse[last] = s->sparse[x];
    return 1;
}
static void ss_clear(struct sparse_set *s) { s->n = 0; }
static void ss_print(const char *label, const struct sparse_set *s) {
    printf("%s (%u):", label, s->n);
    for (unsigned i = 0; i < s->n; i++) printf(" %u", s->dense[i]);
    printf("\n");
}

int main(void) {
    struct sparse_set s;
    if (!ss_init(&s, 1000)) return 1;
    unsigned vals[] = { 42, 7, 999, 7, 500, 0, 1000, 42, 3 };
    int added = 0;
    for (int i = 0; i < 9; i++) added += ss_add(&s, vals[i]);
    printf("added %d\n", added);
    ss_print("set", &s);
    printf("has 7 %d, has 8 %d, has 1000 %d\n", ss_has(&s, 7), ss_has(&s, 8), ss_has(&s, 1000));
    ss_del(&s, 7);
    ss_del(&s, 12345);
    ss_print("after del 7", &s);
    ss_clear(&s);
    printf("after clear has 42: %d\n", ss_has(&s, 42));
    /* Reuse: the stale sparse entries are harmless. */
    for (unsigned x = 995; x < 1000; x++) ss_add(&s, x);
    ss_add(&s, 42);
    ss_print("reused", &s);
    unsigned sum = 0;
    for (unsigned x = 0; x < 1000; x++) if (ss_has(&s, x)) sum += x;
    printf("sum of members %u\n", sum);
    free(s.dense);
    free(s.sparse);
    return 0;
}
