// Idioms: a bump (arena) allocator over a static char array, honouring _Alignof, with marks and resets.
// std: c17
// expect-exit: 0
// expect-stdout:
// | offsets: name 0 pts 8 shorts 56 big 72 used 88
// | aligned: 1 1 1
// | list nodes 26 sum 325 used 504
// | after reset used 88 high water 504
// | data kept: abc 3.0 -2.0 4000 -1099511627776
// | too big: refused
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct arena { unsigned char *base; size_t size, used, high_water; };

static alignas(max_align_t) unsigned char backing[512];

static void *arena_alloc(struct arena *a, size_t size, size_t align) {
    uintptr_t start = (uintptr_t)(a->base + a->used);
    uintptr_t aligned = (start + (align - 1)) & ~(uintptr_t)(align - 1);
    size_t pad = (size_t)(aligned - start);
    if (pad + size > a->size - a->used) return NULL;
    a->used += pad + size;
    if (a->used > a->high_water) a->high_water = a->used;
    return a->base + (a->used - size);
}

#define ARENA_NEW(a, type, n) ((type *)arena_alloc((a), sizeof(type) * (n), _Alignof(type)))

struct point { double x, y; };
struct node { struct node *next; short tag; };

static char *arena_strdup(struct arena *a, const char *s) {
    size_t n = strlen(s) + 1;
    char *p = arena_alloc(a, n, 1);
    if (p) memcpy(p, s, n);
    return p;
}

int main(void) {
    struct arena a = { backing, sizeof backing, 0, 0 };
    char *name = arena_strdup(&a, "abc");
    struct point *pts = ARENA_NEW(&a, struct point, 3);
    short *shorts = ARENA_NEW(&a, short, 5);
    long long *big = ARENA_NEW(&a, long long, 2);
    printf("offsets: name %td pts %td shorts %td big %td used %zu\n",
           (unsigned char *)name - backing, (unsigned char *)pts - backing,
           (unsigned char *)shorts - backing, (unsigned char *)big - backing, a.used);
    printf("aligned: %d %d %d\n", (int)((uintptr_t)pts % _Alignof(struct point) == 0),
           (int)((uintptr_t)shorts % _Alignof(short) == 0), (int)((uintptr_t)big % _Alignof(long long) == 0));
    for (int i = 0; i < 3; i++) { pts[i].x = i * 1.5; pts[i].y = -i; }
    for (int i = 0; i < 5; i++) shorts[i] = (short)(i * 1000);
    big[0] = 1LL << 40; big[1] = -big[0];

    /* A temporary scope: remember the mark, build a list, then roll back. */
    size_t mark = a.used;
    struct node *head = NULL;
    int built = 0;
    for (;;) {
        struct node *n = ARENA_NEW(&a, struct node, 1);
        if (!n) break;
        n->next = head; n->tag = (short)built++; head = n;
    }
    int sum = 0;
    for (struct node *n = head; n; n = n->next) sum += n->tag;
    printf("list nodes %d sum %d used %zu\n", built, sum, a.used);
    a.used = mark;
    printf("after reset used %zu high water %zu\n", a.used, a.high_water);
    printf("data kept: %s %.1f %.1f %d %lld\n", name, pts[2].x, pts[2].y, shorts[4], big[1]);
    printf("too big: %s\n", arena_alloc(&a, sizeof backing, 1) ? "allocated" : "refused");
    return 0;
}
