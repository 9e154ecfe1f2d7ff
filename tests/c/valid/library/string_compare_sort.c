// Library: sorting strings with qsort+strcmp, then deduplicating adjacent equal strings.
// expect-exit: 0
// expect-stdout:
// | apple fig kiwi pear plum
// | 8 -> 5
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
int main(void) {
    char text[] = "pear fig apple fig kiwi apple pear plum";
    char *words[16];
    int n = 0;
    for (char *t = strtok(text, " "); t; t = strtok(NULL, " ")) words[n++] = t;
    qsort(words, (size_t)n, sizeof words[0], cmp);
    int u = 0;
    for (int i = 0; i < n; i++) if (u == 0 || strcmp(words[u - 1], words[i])) words[u++] = words[i];
    for (int i = 0; i < u; i++) printf("%s%c", words[i], i + 1 < u ? ' ' : '\n');
    printf("%d -> %d\n", n, u);
    return 0;
}
