// Functions: callbacks with a context pointer (void *), iteration over an array.
// expect-exit: 0
// expect-stdout:
// | 4 18 9
// | 4,-2,9,7
#include <stdio.h>
typedef void (*visit_fn)(int value, void *ctx);
static void for_each(const int *a, int n, visit_fn fn, void *ctx) {
    for (int i = 0; i < n; i++) fn(a[i], ctx);
}
struct stats { int count; long sum; int max; };
static void collect(int v, void *ctx) {
    struct stats *s = ctx;
    s->count++;
    s->sum += v;
    if (s->count == 1 || v > s->max) s->max = v;
}
static void print_value(int v, void *ctx) { printf("%s%d", *(int *)ctx ? "," : "", v); *(int *)ctx = 1; }
int main(void) {
    int data[] = { 4, -2, 9, 7 };
    struct stats s = { 0, 0, 0 };
    for_each(data, 4, collect, &s);
    printf("%d %ld %d\n", s.count, s.sum, s.max);
    int started = 0;
    for_each(data, 4, print_value, &started);
    printf("\n");
    return 0;
}
