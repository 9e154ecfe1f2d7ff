// Idioms: an intrusive chained hash table: entries embed a link node, lookups use container_of, and the table never allocates; one object indexed by two keys at once.
// std: c17
// expect-exit: 0
// expect-stdout:
// | ids 40 names 40 longest id chain 5
// | id 1063 -> user37 (index 9)
// | user13 -> id 1007
// | after removing by id: find id no, find name yes, counts 39 40
// | missing: 0 0
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))

struct hlink { struct hlink *next; uint32_t hash; };
struct htable { struct hlink *buckets[16]; unsigned count; };

static void ht_insert(struct htable *t, struct hlink *l, uint32_t hash) {
    l->hash = hash;
    l->next = t->buckets[hash & 15];
    t->buckets[hash & 15] = l;
    t->count++;
}

static void ht_remove(struct htable *t, struct hlink *l) {
    for (struct hlink **pp = &t->buckets[l->hash & 15]; *pp; pp = &(*pp)->next)
        if (*pp == l) { *pp = l->next; t->count--; return; }
}

struct user {
    int id;
    char name[16];
    struct hlink by_id;
    struct hlink by_name;
};

static uint32_t hash_int(int v) { uint32_t x = (uint32_t)v; x ^= x >> 16; x *= 0x7feb352du; x ^= x >> 15; return x; }
static uint32_t hash_str(const char *s) { uint32_t h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h; }

static struct user *find_id(struct htable *t, int id) {
    uint32_t h = hash_int(id);
    for (struct hlink *l = t->buckets[h & 15]; l; l = l->next) {
        struct user *u = container_of(l, struct user, by_id);
        if (l->hash == h && u->id == id) return u;
    }
    return NULL;
}

static struct user *find_name(struct htable *t, const char *name) {
    uint32_t h = hash_str(name);
    for (struct hlink *l = t->buckets[h & 15]; l; l = l->next) {
        struct user *u = container_of(l, struct user, by_name);
        if (l->hash == h && strcmp(u->name, name) == 0) return u;
    }
    return NULL;
}

int main(void) {
    static struct user users[40];
    struct htable ids = { { NULL }, 0 }, names = { { NULL }, 0 };
    for (int i = 0; i < 40; i++) {
        users[i].id = 1000 + i * 7;
        snprintf(users[i].name, sizeof users[i].name, "user%02d", (i * 13) % 40);
        ht_insert(&ids, &users[i].by_id, hash_int(users[i].id));
        ht_insert(&names, &users[i].by_name, hash_str(users[i].name));
    }
    int longest = 0;
    for (int b = 0; b < 16; b++) { int n = 0; for (struct hlink *l = ids.buckets[b]; l; l = l->next) n++; if (n > longest) longest = n; }
    printf("ids %u names %u longest id chain %d\n", ids.count, names.count, longest);
    struct user *u = find_id(&ids, 1000 + 7 * 9);
    printf("id %d -> %s (index %td)\n", u ? u->id : -1, u ? u->name : "-", u ? u - users : -1);
    u = find_name(&names, "user13");
    printf("user13 -> id %d\n", u ? u->id : -1);
    ht_remove(&ids, &u->by_id);
    printf("after removing by id: find id %s, find name %s, counts %u %u\n", find_id(&ids, u->id) ? "yes" : "no",
           find_name(&names, "user13") ? "yes" : "no", ids.count, names.count);
    printf("missing: %d %d\n", find_id(&ids, 5) != NULL, find_name(&names, "nobody") != NULL);
    return 0;
}
