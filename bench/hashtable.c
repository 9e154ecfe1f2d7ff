/* hashtable: a string-keyed hash table with separate chaining that grows by doubling. Generates
 * keys of varying length from a counter, inserts them, updates some, looks up present and
 * absent keys, deletes a third, looks everything up again and finally frees it all.
 * Exercises: string building char by char, strlen/memcpy/strcmp, malloc/free of small blocks,
 * pointer chasing along bucket chains, unsigned integer hashing.
 *
 * usage: hashtable [key_count]
 * bench-small: 5000
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    struct entry *next;
    unsigned hash;
    char *key;
    long value;
};

struct table {
    struct entry **buckets;
    size_t bucket_count; /* always a power of two */
    size_t size;
};

static void *xmalloc(size_t size)
{
    void *p = malloc(size);
    if (p == NULL) {
        fprintf(stderr, "hashtable: out of memory\n");
        exit(1);
    }
    return p;
}

/* FNV-1a over the bytes of a NUL-terminated string. */
static unsigned hash_string(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s != '\0'; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

/* Writes the key for number i into buf (at least 40 bytes): a prefix chosen by i, then i
 * scrambled and spelled in base 36, then a decimal suffix, so keys differ in length and share
 * prefixes. */
static void make_key(unsigned long i, char *buf)
{
    static const char *const prefixes[4] = { "user:", "session/", "k", "item-record-" };
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    const char *prefix = prefixes[i % 4];
    size_t len = strlen(prefix);
    memcpy(buf, prefix, len);

    unsigned long scrambled = (i * 2654435761ul) & 0xfffffffful;
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = digits[scrambled % 36];
        scrambled /= 36;
    } while (scrambled != 0);
    while (n > 0)
        buf[len++] = tmp[--n];

    buf[len++] = '.';
    unsigned long rest = i;
    do {
        tmp[n++] = (char)('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    while (n > 0)
        buf[len++] = tmp[--n];
    buf[len] = '\0';
}

static void table_init(struct table *t)
{
    t->bucket_count = 16;
    t->size = 0;
    t->buckets = xmalloc(t->bucket_count * sizeof *t->buckets);
    for (size_t i = 0; i < t->bucket_count; i++)
        t->buckets[i] = NULL;
}

static void table_grow(struct table *t)
{
    size_t new_count = t->bucket_count * 2;
    struct entry **fresh = xmalloc(new_count * sizeof *fresh);
    for (size_t i = 0; i < new_count; i++)
        fresh[i] = NULL;
    for (size_t i = 0; i < t->bucket_count; i++) {
        struct entry *e = t->buckets[i];
        while (e != NULL) {
            struct entry *next = e->next;
            size_t b = e->hash & (new_count - 1);
            e->next = fresh[b];
            fresh[b] = e;
            e = next;
        }
    }
    free(t->buckets);
    t->buckets = fresh;
    t->bucket_count = new_count;
}

static struct entry *table_find(const struct table *t, const char *key)
{
    unsigned h = hash_string(key);
    for (struct entry *e = t->buckets[h & (t->bucket_count - 1)]; e != NULL; e = e->next)
        if (e->hash == h && strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

/* Inserts key with value, or replaces the value of an existing key; returns 1 when inserted. */
static int table_put(struct table *t, const char *key, long value)
{
    struct entry *e = table_find(t, key);
    if (e != NULL) {
        e->value = value;
        return 0;
    }
    if (t->size + 1 > t->bucket_count / 4 * 3)
        table_grow(t);
    size_t len = strlen(key);
    e = xmalloc(sizeof *e);
    e->key = xmalloc(len + 1);
    memcpy(e->key, key, len + 1);
    e->hash = hash_string(key);
    e->value = value;
    size_t b = e->hash & (t->bucket_count - 1);
    e->next = t->buckets[b];
    t->buckets[b] = e;
    t->size++;
    return 1;
}

/* Removes key; returns 1 when it was present. */
static int table_remove(struct table *t, const char *key)
{
    unsigned h = hash_string(key);
    struct entry **link = &t->buckets[h & (t->bucket_count - 1)];
    while (*link != NULL) {
        struct entry *e = *link;
        if (e->hash == h && strcmp(e->key, key) == 0) {
            *link = e->next;
            free(e->key);
            free(e);
            t->size--;
            return 1;
        }
        link = &e->next;
    }
    return 0;
}

static void table_free(struct table *t)
{
    for (size_t i = 0; i < t->bucket_count; i++) {
        struct entry *e = t->buckets[i];
        while (e != NULL) {
            struct entry *next = e->next;
            free(e->key);
            free(e);
            e = next;
        }
    }
    free(t->buckets);
}

int main(int argc, char **argv)
{
    long count = argc > 1 ? strtol(argv[1], NULL, 10) : 350000;
    if (count < 1) {
        fprintf(stderr, "hashtable: key_count must be positive\n");
        return 2;
    }
    char key[48];
    struct table t;
    table_init(&t);

    long inserted = 0;
    for (long i = 0; i < count; i++) {
        make_key((unsigned long)i, key);
        inserted += table_put(&t, key, i);
    }
    /* Update every fifth key. */
    for (long i = 0; i < count; i += 5) {
        make_key((unsigned long)i, key);
        inserted += table_put(&t, key, -i);
    }

    long found = 0;
    long sum = 0;
    for (long i = 0; i < 2 * count; i++) { /* the second half are all absent */
        make_key((unsigned long)i, key);
        struct entry *e = table_find(&t, key);
        if (e != NULL) {
            found++;
            sum += e->value;
        }
    }

    long removed = 0;
    for (long i = 0; i < count; i += 3) {
        make_key((unsigned long)i, key);
        removed += table_remove(&t, key);
    }
    long found_after = 0;
    unsigned long key_bytes = 0;
    for (long i = 0; i < count; i++) {
        make_key((unsigned long)i, key);
        struct entry *e = table_find(&t, key);
        if (e != NULL) {
            found_after++;
            key_bytes += strlen(e->key);
            sum += e->value % 1000;
        }
    }

    printf("inserted %ld, size %lu, buckets %lu\n", inserted, (unsigned long)t.size,
           (unsigned long)t.bucket_count);
    printf("found %ld of %ld, removed %ld, found after removal %ld\n", found, 2 * count, removed,
           found_after);
    printf("checksum %ld, key bytes %lu\n", sum, key_bytes);
    table_free(&t);
    return 0;
}
