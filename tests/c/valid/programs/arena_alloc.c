// Programs: a bump (arena) allocator over a malloc'd block with alignment handling.
// expect-exit: 0
// expect-stdout:
// | 64 8 24
// | x 4.0 9
// | 1
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <stddef.h>
struct arena { unsigned char *base; size_t size, used; };
static void *arena_alloc(struct arena *a, size_t n, size_t align) {
    size_t off = (a->used + align - 1) & ~(align - 1);
    if (off + n > a->size) return NULL;
    a->used = off + n;
    return a->base + off;
}
struct pt { double x, y; };
int main(void) {
    struct arena a = { malloc(256), 256, 0 };
    char *c = arena_alloc(&a, 3, 1);
    struct pt *p = arena_alloc(&a, sizeof *p, _Alignof(struct pt));
    int *arr = arena_alloc(&a, 10 * sizeof(int), _Alignof(int));
    c[0] = 'x';
    p->x = 1.5; p->y = 2.5;
    for (int i = 0; i < 10; i++) arr[i] = i;
    printf("%zu %td %td\n", a.used, (unsigned char *)p - a.base, (unsigned char *)arr - a.base);
    printf("%c %.1f %d\n", c[0], p->x + p->y, arr[9]);
    printf("%d\n", arena_alloc(&a, 1000, 8) == NULL);
    free(a.base);
    return 0;
}
