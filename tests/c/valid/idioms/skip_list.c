// Idioms: a skip list with a deterministic level generator (xorshift), node arrays of forward pointers via flexible array members, search/insert/delete.
// std: c17
// expect-exit: 0
// expect-stdout:
// | count 200 levels 5
// | nodes by height: 144 40 12 3 1 0 0 0
// | find   0: hit  value 0 hops 0
// | find  37: hit  value 1 hops 10
// | find 100: miss value -1 hops 1
// | find 150: hit  value 101 hops 11
// | find 210: hit  value 57 hops 14
// | find   5: hit  value 137 hops 1
// | removed 100 count 100 first keys: 1 3 5 7 9 11 13 17
// | emptied, levels 1
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_LEVEL 8
struct snode { int key; int value; int level; struct snode *next[]; };
struct skiplist { struct snode *head; int level; uint32_t rng; int count; };

static struct snode *node_new(int level, int key, int value) {
    struct snode *n = malloc(sizeof *n + (size_t)level * sizeof n->next[0]);
    if (!n) return NULL;
    n->key = key; n->value = value; n->level = level;
    for (int i = 0; i < level; i++) n->next[i] = NULL;
    return n;
}

static int random_level(struct skiplist *s) {
    int lvl = 1;
    for (;;) {
        s->rng ^= s->rng << 13; s->rng ^= s->rng >> 17; s->rng ^= s->rng << 5;
        if ((s->rng & 3) != 0 || lvl == MAX_LEVEL) return lvl;
        lvl++;
    }
}

static int sl_insert(struct skiplist *s, int key, int value) {
    struct snode *update[MAX_LEVEL], *x = s->head;
    for (int i = s->level - 1; i >= 0; i--) {
        while (x->next[i] && x->next[i]->key < key) x = x->next[i];
        update[i] = x;
    }
    x = x->next[0];
    if (x && x->key == key) { x->value = value; return 0; }
    int lvl = random_level(s);
    if (lvl > s->level) { for (int i = s->level; i < lvl; i++) update[i] = s->head; s->level = lvl; }
    struct snode *n = node_new(lvl, key, value);
    if (!n) return -1;
    for (int i = 0; i < lvl; i++) { n->next[i] = update[i]->next[i]; update[i]->next[i] = n; }
    s->count++;
    return 1;
}

static struct snode *sl_find(const struct skiplist *s, int key, int *hops) {
    struct snode *x = s->head;
    *hops = 0;
    for (int i = s->level - 1; i >= 0; i--) while (x->next[i] && x->next[i]->key < key) { x = x->next[i]; (*hops)++; }
    x = x->next[0];
    return x && x->key == key ? x : NULL;
}

static int sl_delete(struct skiplist *s, int key) {
    struct snode *update[MAX_LEVEL], *x = s->head;
    for (int i = s->level - 1; i >= 0; i--) {
        while (x->next[i] && x->next[i]->key < key) x = x->next[i];
        update[i] = x;
    }
    x = x->next[0];
    if (!x || x->key != key) return 0;
    for (int i = 0; i < x->level; i++) update[i]->next[i] = x->next[i];
    free(x);
    while (s->level > 1 && !s->head->next[s->level - 1]) s->level--;
    s->count--;
    return 1;
}

int main(void) {
    struct skiplist s = { node_new(MAX_LEVEL, 0, 0), 1, 2463534242u, 0 };
    if (!s.head) return 1;
    for (int i = 0; i < 200; i++) sl_insert(&s, (i * 37) % 211, i);
    printf("count %d levels %d\n", s.count, s.level);
    int per_level[MAX_LEVEL] = { 0 };
    for (struct snode *n = s.head->next[0]; n; n = n->next[0]) per_level[n->level - 1]++;
    printf("nodes by height:");
    for (int i = 0; i < MAX_LEVEL; i++) printf(" %d", per_level[i]);
    printf("\n");
    int keys[] = { 0, 37, 100, 150, 210, 5 };
    for (int i = 0; i < 6; i++) {
        int hops;
        struct snode *n = sl_find(&s, keys[i], &hops);
        printf("find %3d: %s value %d hops %d\n", keys[i], n ? "hit " : "miss", n ? n->value : -1, hops);
    }
    int removed = 0;
    for (int k = 0; k < 211; k += 2) removed += sl_delete(&s, k);
    printf("removed %d count %d first keys:", removed, s.count);
    int shown = 0;
    for (struct snode *n = s.head->next[0]; n && shown < 8; n = n->next[0], shown++) printf(" %d", n->key);
    printf("\n");
    while (s.head->next[0]) sl_delete(&s, s.head->next[0]->key);
    free(s.head);
    printf("emptied, levels %d\n", s.level);
    return 0;
}
