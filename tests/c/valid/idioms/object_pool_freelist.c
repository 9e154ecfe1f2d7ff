// Idioms: a fixed-capacity object pool whose free slots form a singly linked free list threaded through a union, with handles carrying generation counters to catch stale use.
// std: c17
// expect-exit: 0
// expect-stdout:
// | allocated 8 of 10, live 8
// | step 3: particle 0 dies at (3.0, 1.5)
// | step 3: particle 3 dies at (6.0, 1.5)
// | step 3: particle 6 dies at (9.0, 1.5)
// | step 4: particle 1 dies at (5.0, 2.0)
// | step 4: particle 4 dies at (8.0, 2.0)
// | step 4: particle 7 dies at (11.0, 2.0)
// | step 5: particle 2 dies at (7.0, 2.5)
// | step 5: particle 5 dies at (10.0, 2.5)
// | stale handle usable: 0, double free: 0
// | reused slot 5 generation 2 (old generation 1)
// | free list order: 2 7 4 1 6 3 0
#include <stdint.h>
#include <stdio.h>

struct particle { float x, y, vx, vy; int life; };

#define POOL_CAP 8
struct slot { uint16_t generation; uint8_t in_use; union { struct particle obj; int next_free; } u; };
struct pool { struct slot slots[POOL_CAP]; int free_head; int live; };
typedef struct { uint16_t index, generation; } handle;

static void pool_init(struct pool *p) {
    for (int i = 0; i < POOL_CAP; i++) { p->slots[i].generation = 1; p->slots[i].in_use = 0; p->slots[i].u.next_free = i + 1 < POOL_CAP ? i + 1 : -1; }
    p->free_head = 0; p->live = 0;
}

static handle pool_alloc(struct pool *p) {
    if (p->free_head < 0) return (handle){ 0, 0 };
    int i = p->free_head;
    struct slot *s = &p->slots[i];
    p->free_head = s->u.next_free;
    s->in_use = 1;
    p->live++;
    return (handle){ (uint16_t)i, s->generation };
}

static struct particle *pool_get(struct pool *p, handle h) {
    if (h.generation == 0 || h.index >= POOL_CAP) return NULL;
    struct slot *s = &p->slots[h.index];
    return s->in_use && s->generation == h.generation ? &s->u.obj : NULL;
}

static int pool_free(struct pool *p, handle h) {
    if (!pool_get(p, h)) return 0;
    struct slot *s = &p->slots[h.index];
    s->in_use = 0;
    s->generation++;
    s->u.next_free = p->free_head;
    p->free_head = h.index;
    p->live--;
    return 1;
}

int main(void) {
    static struct pool p;
    pool_init(&p);
    handle hs[10];
    int got = 0;
    for (int i = 0; i < 10; i++) {
        hs[i] = pool_alloc(&p);
        struct particle *q = pool_get(&p, hs[i]);
        if (q) { *q = (struct particle){ (float)i, 0, 1, 0.5f, 3 + i % 3 }; got++; }
    }
    printf("allocated %d of 10, live %d\n", got, p.live);
    int steps = 0;
    while (p.live > 0) {
        steps++;
        for (int i = 0; i < 10; i++) {
            struct particle *q = pool_get(&p, hs[i]);
            if (!q) continue;
            q->x += q->vx; q->y += q->vy;
            if (--q->life == 0) { printf("step %d: particle %d dies at (%.1f, %.1f)\n", steps, i, (double)q->x, (double)q->y); pool_free(&p, hs[i]); }
        }
    }
    printf("stale handle usable: %d, double free: %d\n", pool_get(&p, hs[0]) != NULL, pool_free(&p, hs[0]));
    handle fresh = pool_alloc(&p);
    printf("reused slot %u generation %u (old generation %u)\n", fresh.index, fresh.generation, hs[0].generation);
    printf("free list order:");
    for (int i = p.free_head; i >= 0; i = p.slots[i].u.next_free) printf(" %d", i);
    printf("\n");
    return 0;
}
