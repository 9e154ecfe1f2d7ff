// Initializers: arrays of structs with nested arrays, partially initialised elements, trailing commas.
// expect-exit: 0
// expect-stdout:
// | a 1 2 3 0.5
// | b 4 0 0 0.0
// | c 0 0 0 2.5
// | d 0 0 9 1.0
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stdio.h>
struct entry { const char *key; int vals[3]; double w; };
static struct entry table[] = {
    { "a", { 1, 2, 3 }, 0.5 },
    { "b", { 4 } },
    { .key = "c", .w = 2.5 },
    { "d", { [2] = 9 }, 1.0, },
};
int main(void) {
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        printf("%s %d %d %d %.1f\n", table[i].key, table[i].vals[0], table[i].vals[1], table[i].vals[2], table[i].w);
    return 0;
}
