// Structs: flexible array members (C17 6.7.2.1p18): sizeof, allocation, copy excludes the array.
// expect-exit: 0
// expect-stdout:
// | 8
// | 5 15.0
// | 4
#include <stdio.h>
#include <stdlib.h>
struct vec { size_t n; double items[]; };
static struct vec *make(size_t n) {
    struct vec *v = malloc(sizeof *v + n * sizeof v->items[0]);
    v->n = n;
    for (size_t i = 0; i < n; i++) v->items[i] = (double)i * 1.5;
    return v;
}
int main(void) {
    printf("%zu\n", sizeof(struct vec));
    struct vec *v = make(5);
    double s = 0;
    for (size_t i = 0; i < v->n; i++) s += v->items[i];
    printf("%zu %.1f\n", v->n, s);
    free(v);
    struct with_pad { char c; int arr[]; };
    printf("%zu\n", sizeof(struct with_pad));
    return 0;
}
