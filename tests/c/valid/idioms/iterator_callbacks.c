// Idioms: generic iteration through function pointers and void* context: an iterator struct with next(), map/filter/reduce callbacks, and closures emulated with context structs.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 10*k-1 for multiples of 3 below 20: -1 29 59 89 119 149 179
// | countdown: 10 7 4 1
// | sum 108
// | max even 42
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct iterator { bool (*next)(struct iterator *self, int *out); void *state; };

struct range_state { int cur, end, step; };
static bool range_next(struct iterator *it, int *out) {
    struct range_state *s = it->state;
    if (s->step > 0 ? s->cur >= s->end : s->cur <= s->end) return false;
    *out = s->cur;
    s->cur += s->step;
    return true;
}

struct array_state { const int *items; size_t len, pos; };
static bool array_next(struct iterator *it, int *out) {
    struct array_state *s = it->state;
    if (s->pos == s->len) return false;
    *out = s->items[s->pos++];
    return true;
}

struct filter_state { struct iterator *inner; bool (*keep)(int, void *); void *ctx; };
static bool filter_next(struct iterator *it, int *out) {
    struct filter_state *s = it->state;
    int v;
    while (s->inner->next(s->inner, &v)) if (s->keep(v, s->ctx)) { *out = v; return true; }
    return false;
}

struct map_state { struct iterator *inner; int (*fn)(int, void *); void *ctx; };
static bool map_next(struct iterator *it, int *out) {
    struct map_state *s = it->state;
    int v;
    if (!s->inner->next(s->inner, &v)) return false;
    *out = s->fn(v, s->ctx);
    return true;
}

static long reduce(struct iterator *it, long init, long (*fn)(long, int)) {
    int v;
    while (it->next(it, &v)) init = fn(init, v);
    return init;
}

static bool divisible(int v, void *ctx) { return v % *(const int *)ctx == 0; }
struct affine { int mul, add; };
static int apply_affine(int v, void *ctx) { const struct affine *a = ctx; return v * a->mul + a->add; }
static long sum(long acc, int v) { return acc + v; }
static long maxv(long acc, int v) { return v > acc ? v : acc; }

static void print_all(const char *label, struct iterator *it) {
    int v;
    printf("%s:", label);
    while (it->next(it, &v)) printf(" %d", v);
    printf("\n");
}

int main(void) {
    struct range_state rs = { 0, 20, 1 };
    struct iterator range = { range_next, &rs };
    int three = 3;
    struct filter_state fs = { &range, divisible, &three };
    struct iterator multiples = { filter_next, &fs };
    struct affine af = { 10, -1 };
    struct map_state ms = { &multiples, apply_affine, &af };
    struct iterator mapped = { map_next, &ms };
    print_all("10*k-1 for multiples of 3 below 20", &mapped);

    struct range_state down = { 10, 0, -3 };
    struct iterator countdown = { range_next, &down };
    print_all("countdown", &countdown);

    static const int data[] = { 4, 8, 15, 16, 23, 42 };
    struct array_state as = { data, 6, 0 };
    struct iterator arr = { array_next, &as };
    printf("sum %ld\n", reduce(&arr, 0, sum));
    as.pos = 0;
    int two = 2;
    struct filter_state evens = { &arr, divisible, &two };
    struct iterator even_it = { filter_next, &evens };
    printf("max even %ld\n", reduce(&even_it, -1, maxv));
    return 0;
}
