// Idioms: a string->int hash map with open addressing, linear probing, tombstones and rehash on growth.
// std: c17
// expect-exit: 0
// expect-stdout:
// | count 100 cap 256
// | removed 34 count 66 tombstones 34
// | found 66 sum 215589
// | k3 -3 k4 -4 count 67
// | double remove 0
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum slot_state { EMPTY, FULL, DELETED };
struct slot { enum slot_state state; char *key; int value; };
struct map { struct slot *slots; size_t cap, count, tombstones; unsigned probes; };

static uint32_t hash_str(const char *s) {
    uint32_t h = 2166136261u;
    while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
    return h;
}

static struct slot *find_slot(struct map *m, const char *key, int for_insert) {
    size_t mask = m->cap - 1, i = hash_str(key) & mask;
    struct slot *first_tomb = NULL;
    for (;;) {
        struct slot *s = &m->slots[i];
        m->probes++;
        if (s->state == EMPTY) return for_insert && first_tomb ? first_tomb : (for_insert ? s : NULL);
        if (s->state == DELETED) { if (!first_tomb) first_tomb = s; }
        else if (strcmp(s->key, key) == 0) return s;
        i = (i + 1) & mask;
    }
}

static int map_init(struct map *m, size_t cap) {
    m->slots = calloc(cap, sizeof *m->slots);
    m->cap = cap; m->count = m->tombstones = 0; m->probes = 0;
    return m->slots != NULL;
}

static int map_put(struct map *m, const char *key, int value);

static int grow(struct map *m) {
    struct map bigger;
    if (!map_init(&bigger, m->cap * 2)) return 0;
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].state == FULL) {
            struct slot *s = find_slot(&bigger, m->slots[i].key, 1);
            *s = m->slots[i];
            bigger.count++;
        }
    }
    bigger.probes = m->probes;
    free(m->slots);
    *m = bigger;
    return 1;
}

static int map_put(struct map *m, const char *key, int value) {
    if ((m->count + m->tombstones + 1) * 4 > m->cap * 3 && !grow(m)) return 0;
    struct slot *s = find_slot(m, key, 1);
    if (s->state == FULL) { s->value = value; return 1; }
    size_t len = strlen(key) + 1;
    char *copy = malloc(len);
    if (!copy) return 0;
    memcpy(copy, key, len);
    if (s->state == DELETED) m->tombstones--;
    s->state = FULL; s->key = copy; s->value = value;
    m->count++;
    return 1;
}

static int map_get(struct map *m, const char *key, int *out) {
    struct slot *s = find_slot(m, key, 0);
    if (!s) return 0;
    *out = s->value;
    return 1;
}

static int map_remove(struct map *m, const char *key) {
    struct slot *s = find_slot(m, key, 0);
    if (!s) return 0;
    free(s->key);
    s->key = NULL; s->state = DELETED;
    m->count--; m->tombstones++;
    return 1;
}

static void map_free(struct map *m) {
    for (size_t i = 0; i < m->cap; i++) if (m->slots[i].state == FULL) free(m->slots[i].key);
    free(m->slots);
}

int main(void) {
    struct map m;
    if (!map_init(&m, 8)) return 1;
    char key[16];
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "k%d", i);
        map_put(&m, key, i * i);
    }
    printf("count %zu cap %zu\n", m.count, m.cap);
    int removed = 0;
    for (int i = 0; i < 100; i += 3) {
        snprintf(key, sizeof key, "k%d", i);
        removed += map_remove(&m, key);
    }
    printf("removed %d count %zu tombstones %zu\n", removed, m.count, m.tombstones);
    long sum = 0; int found = 0, v;
    for (int i = 0; i < 120; i++) {
        snprintf(key, sizeof key, "k%d", i);
        if (map_get(&m, key, &v)) { found++; sum += v; }
    }
    printf("found %d sum %ld\n", found, sum);
    map_put(&m, "k3", -3);
    map_put(&m, "k4", -4);
    int a = 0, b = 0;
    map_get(&m, "k3", &a); map_get(&m, "k4", &b);
    printf("k3 %d k4 %d count %zu\n", a, b, m.count);
    printf("double remove %d\n", map_remove(&m, "k0"));
    map_free(&m);
    return 0;
}
