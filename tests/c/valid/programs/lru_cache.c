// Programs: a tiny LRU cache (array-backed doubly linked list + linear lookup).
// expect-exit: 0
// expect-stdout:
// | get 1 = 10
// | evict 2
// | has 2: 0
// | evict 3
// | 5 4 1
#include <stdio.h>
#define CAP 3
struct slot { int key, val, prev, next; };
struct lru { struct slot s[CAP]; int head, tail, used; };
static void detach(struct lru *c, int i) {
    if (c->s[i].prev >= 0) c->s[c->s[i].prev].next = c->s[i].next; else c->head = c->s[i].next;
    if (c->s[i].next >= 0) c->s[c->s[i].next].prev = c->s[i].prev; else c->tail = c->s[i].prev;
}
static void to_front(struct lru *c, int i) {
    c->s[i].prev = -1; c->s[i].next = c->head;
    if (c->head >= 0) c->s[c->head].prev = i;
    c->head = i;
    if (c->tail < 0) c->tail = i;
}
static int find(struct lru *c, int key) { for (int i = c->head; i >= 0; i = c->s[i].next) if (c->s[i].key == key) return i; return -1; }
static int get(struct lru *c, int key, int *val) {
    int i = find(c, key);
    if (i < 0) return 0;
    detach(c, i); to_front(c, i);
    *val = c->s[i].val;
    return 1;
}
static void put(struct lru *c, int key, int val) {
    int i = find(c, key);
    if (i >= 0) detach(c, i);
    else if (c->used < CAP) i = c->used++;
    else { i = c->tail; printf("evict %d\n", c->s[i].key); detach(c, i); }
    c->s[i].key = key; c->s[i].val = val;
    to_front(c, i);
}
int main(void) {
    struct lru c = { .head = -1, .tail = -1, .used = 0 };
    put(&c, 1, 10); put(&c, 2, 20); put(&c, 3, 30);
    int v;
    if (get(&c, 1, &v)) printf("get 1 = %d\n", v);
    put(&c, 4, 40);
    printf("has 2: %d\n", get(&c, 2, &v));
    put(&c, 5, 50);
    for (int i = c.head; i >= 0; i = c.s[i].next) printf("%d%s", c.s[i].key, c.s[i].next >= 0 ? " " : "\n");
    return 0;
}
