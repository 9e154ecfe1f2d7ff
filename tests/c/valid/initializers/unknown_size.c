// Initializers: arrays of unknown size take their size from the initializer (C17 6.7.9p22).
// expect-exit: 0
// expect-stdout:
// | 7 3 2 3
// | c=3
// | 0
#include <stdio.h>
struct kv { const char *k; int v; };
static const struct kv table[] = { { "a", 1 }, { "b", 2 }, { "c", 3 } };
int main(void) {
    int a[] = { 1, 2, 3, 4, 5, 6, 7 };
    int b[][2] = { { 1, 2 }, { 3, 4 }, { 5 } };
    char c[] = { 'x', 'y' };
    printf("%zu %zu %zu %zu\n", sizeof a / sizeof *a, sizeof b / sizeof *b, sizeof c,
           sizeof table / sizeof table[0]);
    printf("%s=%d\n", table[2].k, table[2].v);
    printf("%d\n", b[2][1]);
    return 0;
}
