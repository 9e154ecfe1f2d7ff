// Programs: open-addressing hash map (linear probing) from product codes to quantities, with deletion.
// expect-exit: 0
// expect-stdout:
// | 7 3 10 -1
// | -1
// | 1 10
// | 3 used
#include <stdio.h>
#include <stdint.h>
#define CAP 16
struct slot { uint32_t key; int qty; enum { EMPTY, USED, DELETED } state; };
static struct slot table[CAP];
static uint32_t hash(uint32_t k) { k ^= k >> 16; k *= 0x45d9f3bu; k ^= k >> 16; return k; }
static struct slot *lookup(uint32_t key, int for_insert) {
    struct slot *tomb = NULL;
    for (uint32_t i = 0, h = hash(key); i < CAP; i++) {
        struct slot *s = &table[(h + i) % CAP];
        if (s->state == EMPTY) return for_insert ? (tomb ? tomb : s) : NULL;
        if (s->state == DELETED) { if (!tomb) tomb = s; continue; }
        if (s->key == key) return s;
    }
    return for_insert ? tomb : NULL;
}
static void add(uint32_t key, int qty) {
    struct slot *s = lookup(key, 1);
    if (s->state != USED) { s->key = key; s->qty = 0; s->state = USED; }
    s->qty += qty;
}
static void del(uint32_t key) { struct slot *s = lookup(key, 0); if (s) s->state = DELETED; }
static int qty(uint32_t key) { struct slot *s = lookup(key, 0); return s ? s->qty : -1; }
int main(void) {
    add(1001, 5); add(2002, 3); add(1001, 2); add(3003, 10);
    printf("%d %d %d %d\n", qty(1001), qty(2002), qty(3003), qty(4004));
    del(2002);
    printf("%d\n", qty(2002));
    add(2002, 1);
    printf("%d %d\n", qty(2002), qty(3003));
    int used = 0;
    for (int i = 0; i < CAP; i++) used += table[i].state == USED;
    printf("%d used\n", used);
    return 0;
}
