// Programs: a fixed-block memory pool with a free list carved out of a static buffer.
// expect-exit: 0
// expect-stdout:
// | 5 1 2
// | 1 5
// | 8
#include <stdio.h>
#include <stddef.h>
#define BLOCK 32
#define NBLOCKS 8
union block { union block *next; unsigned char bytes[BLOCK]; max_align_t align; };
static union block pool[NBLOCKS];
static union block *free_list;
static void pool_init(void) {
    free_list = NULL;
    for (int i = NBLOCKS - 1; i >= 0; i--) { pool[i].next = free_list; free_list = &pool[i]; }
}
static void *pool_alloc(void) {
    union block *b = free_list;
    if (b) free_list = b->next;
    return b;
}
static void pool_free(void *p) { union block *b = p; b->next = free_list; free_list = b; }
static int available(void) { int n = 0; for (union block *b = free_list; b; b = b->next) n++; return n; }
int main(void) {
    pool_init();
    void *a = pool_alloc(), *b = pool_alloc(), *c = pool_alloc();
    printf("%d %td %td\n", available(), (union block *)b - pool, (union block *)c - pool);
    pool_free(b);
    void *d = pool_alloc();
    printf("%d %d\n", d == b, available());
    pool_free(a); pool_free(c); pool_free(d);
    int n = 0;
    while (pool_alloc()) n++;
    printf("%d\n", n);
    return 0;
}
