/* sortstructs: fills an array of records (a short name, a group, a score and a unique id) from a
 * linear congruential generator and sorts it with the C library's qsort, twice, under two
 * different comparators; checks the order and prints checksums of it. Both comparators are total
 * orders (the unique id breaks every tie), so the result does not depend on how qsort is written.
 * Exercises: indirect calls (comparator through a function pointer, from inside the library),
 * struct copies and swaps of 32-byte records, strcmp, double comparisons.
 *
 * usage: sortstructs [record_count]
 * bench-small: 3000
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct record {
    char name[8];
    int group;
    double score;
    unsigned id;
};

static unsigned long long rng_state = 88172645463325252ull;

static unsigned next_random(void)
{
    rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(rng_state >> 33);
}

static void fill(struct record *r, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        /* Names of 2 to 7 letters from a small alphabet, so many share prefixes or are equal. */
        int len = 2 + (int)(next_random() % 6);
        for (int k = 0; k < len; k++)
            r[i].name[k] = (char)('a' + next_random() % 5);
        r[i].name[len] = '\0';
        r[i].group = (int)(next_random() % 16);
        r[i].score = (double)(next_random() % 1000) / 8.0;
        r[i].id = (unsigned)i;
    }
}

/* Group ascending, then score descending, then name, then id. */
static int by_group_score(const void *pa, const void *pb)
{
    const struct record *a = pa;
    const struct record *b = pb;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    int c = strcmp(a->name, b->name);
    if (c != 0)
        return c;
    return (a->id > b->id) - (a->id < b->id);
}

/* Name, then id descending. */
static int by_name(const void *pa, const void *pb)
{
    const struct record *a = pa;
    const struct record *b = pb;
    int c = strcmp(a->name, b->name);
    if (c != 0)
        return c;
    return (a->id < b->id) - (a->id > b->id);
}

static int is_sorted(const struct record *r, size_t count, int (*cmp)(const void *, const void *))
{
    for (size_t i = 1; i < count; i++)
        if (cmp(&r[i - 1], &r[i]) >= 0)
            return 0;
    return 1;
}

/* Position-weighted hash of the id sequence. */
static unsigned long order_checksum(const struct record *r, size_t count)
{
    unsigned long h = 1469598103934665603ul;
    for (size_t i = 0; i < count; i++) {
        h ^= r[i].id + 0x9e3779b9ul * (i & 0xff);
        h *= 1099511628211ul;
    }
    return h;
}

int main(int argc, char **argv)
{
    long count = argc > 1 ? strtol(argv[1], NULL, 10) : 800000;
    if (count < 2) {
        fprintf(stderr, "sortstructs: record_count must be at least 2\n");
        return 2;
    }
    size_t n = (size_t)count;
    struct record *records = malloc(n * sizeof *records);
    if (records == NULL) {
        fprintf(stderr, "sortstructs: out of memory\n");
        return 1;
    }
    fill(records, n);

    qsort(records, n, sizeof *records, by_group_score);
    printf("by group and score: sorted %d, checksum %lu\n", is_sorted(records, n, by_group_score),
           order_checksum(records, n));
    printf("first: %s %d %.3f %u\n", records[0].name, records[0].group, records[0].score,
           records[0].id);

    qsort(records, n, sizeof *records, by_name);
    printf("by name: sorted %d, checksum %lu\n", is_sorted(records, n, by_name),
           order_checksum(records, n));
    printf("last: %s %d %.3f %u\n", records[n - 1].name, records[n - 1].group,
           records[n - 1].score, records[n - 1].id);
    free(records);
    return 0;
}
