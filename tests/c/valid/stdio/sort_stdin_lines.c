// Stdio: read lines from standard input (sort_stdin_lines.in) with fgets, sort with qsort,
// print them with their counts (uniq -c).
// expect-exit: 0
// expect-stdout:
// |    3 apple
// |    1 banana
// |    1 fig
// |    2 pear
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void) {
    char *lines[64];
    int n = 0;
    char buf[128];
    while (n < 64 && fgets(buf, sizeof buf, stdin)) {
        buf[strcspn(buf, "\n")] = '\0';
        lines[n] = malloc(strlen(buf) + 1);
        strcpy(lines[n], buf);
        n++;
    }
    qsort(lines, (size_t)n, sizeof lines[0], cmp);
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && strcmp(lines[i], lines[j]) == 0) j++;
        printf("%4d %s\n", j - i, lines[i]);
        i = j;
    }
    for (int i = 0; i < n; i++) free(lines[i]);
    return 0;
}
