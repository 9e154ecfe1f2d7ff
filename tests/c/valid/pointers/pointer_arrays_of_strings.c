// Pointers: array of pointers to strings vs 2-D char array: sorting pointers without moving text.
// expect-exit: 0
// expect-stdout:
// | alpha bravo charlie delta
// | a delta
// | 32 8
#include <stdio.h>
#include <string.h>
int main(void) {
    const char *names[] = { "delta", "alpha", "charlie", "bravo" };
    int n = 4;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (strcmp(names[j], names[i]) < 0) { const char *t = names[i]; names[i] = names[j]; names[j] = t; }
    for (int i = 0; i < n; i++) printf("%s%c", names[i], i < n - 1 ? ' ' : '\n');
    const char **pp = names;
    printf("%c %s\n", **pp, *(pp + 3));
    printf("%zu %zu\n", sizeof names, sizeof names[0]);
    return 0;
}
