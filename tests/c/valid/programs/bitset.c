// Programs: a bitset over uint64_t words with set/clear/test and iteration.
// expect-exit: 0
// expect-stdout:
// | 29 1 0 1
// |  63 70 77
#include <stdio.h>
#include <stdint.h>
#define BITS 200
#define WORDS ((BITS + 63) / 64)
struct bitset { uint64_t w[WORDS]; };
static void set(struct bitset *b, unsigned i) { b->w[i / 64] |= (uint64_t)1 << (i % 64); }
static void clear(struct bitset *b, unsigned i) { b->w[i / 64] &= ~((uint64_t)1 << (i % 64)); }
static int test(const struct bitset *b, unsigned i) { return (int)(b->w[i / 64] >> (i % 64) & 1); }
static int count(const struct bitset *b) { int n = 0; for (int i = 0; i < WORDS; i++) n += __builtin_popcountll(b->w[i]); return n; }
int main(void) {
    struct bitset b = { { 0 } };
    for (unsigned i = 0; i < BITS; i += 7) set(&b, i);
    clear(&b, 14);
    set(&b, 199);
    printf("%d %d %d %d\n", count(&b), test(&b, 7), test(&b, 14), test(&b, 199));
    for (unsigned i = 60; i < 80; i++) if (test(&b, i)) printf(" %u", i);
    printf("\n");
    return 0;
}
