// Programs: string-keyed hash table with separate chaining, FNV-1a hash, resize and lookups.
// expect-exit: 0
// expect-stdout:
// | the 3
// | fox 2
// | dog 1
// | cat 0
// | 9 distinct, 16 buckets, hash(abc)=440920331
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
struct entry { char *key; int value; struct entry *next; };
struct table { struct entry **buckets; size_t nbuckets, count; };
static uint32_t fnv1a(const char *s) {
    uint32_t h = 2166136261u;
    while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
    return h;
}
static void rehash(struct table *t, size_t n) {
    struct entry **nb = calloc(n, sizeof *nb);
    for (size_t i = 0; i < t->nbuckets; i++)
        for (struct entry *e = t->buckets[i], *next; e; e = next) {
            next = e->next;
            size_t b = fnv1a(e->key) % n;
            e->next = nb[b]; nb[b] = e;
        }
    free(t->buckets);
    t->buckets = nb; t->nbuckets = n;
}
static void put(struct table *t, const char *key, int value) {
    if (t->count + 1 > t->nbuckets * 3 / 4) rehash(t, t->nbuckets ? t->nbuckets * 2 : 4);
    size_t b = fnv1a(key) % t->nbuckets;
    for (struct entry *e = t->buckets[b]; e; e = e->next)
        if (strcmp(e->key, key) == 0) { e->value = value; return; }
    struct entry *e = malloc(sizeof *e);
    e->key = malloc(strlen(key) + 1);
    strcpy(e->key, key);
    e->value = value; e->next = t->buckets[b]; t->buckets[b] = e;
    t->count++;
}
static int *get(struct table *t, const char *key) {
    if (!t->nbuckets) return NULL;
    for (struct entry *e = t->buckets[fnv1a(key) % t->nbuckets]; e; e = e->next)
        if (strcmp(e->key, key) == 0) return &e->value;
    return NULL;
}
static void destroy(struct table *t) {
    for (size_t i = 0; i < t->nbuckets; i++)
        for (struct entry *e = t->buckets[i], *next; e; e = next) { next = e->next; free(e->key); free(e); }
    free(t->buckets);
}
int main(void) {
    struct table t = { 0 };
    const char *text = "the quick brown fox jumps over the lazy dog the end fox";
    char word[16];
    for (const char *p = text; *p;) {
        int n = 0;
        while (*p && *p != ' ') word[n++] = *p++;
        word[n] = 0;
        if (*p) p++;
        int *v = get(&t, word);
        put(&t, word, v ? *v + 1 : 1);
    }
    const char *probe[] = { "the", "fox", "dog", "cat" };
    for (int i = 0; i < 4; i++) { int *v = get(&t, probe[i]); printf("%s %d\n", probe[i], v ? *v : 0); }
    printf("%zu distinct, %zu buckets, hash(abc)=%u\n", t.count, t.nbuckets, fnv1a("abc"));
    destroy(&t);
    return 0;
}
