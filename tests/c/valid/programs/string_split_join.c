// Programs: split a string into an allocated array of strings and join it back with a separator.
// expect-exit: 0
// expect-stdout:
// | 4 parts: [usr] [local] [] [bin]
// | usr | local |  | bin
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char **split(const char *s, char sep, int *count) {
    int n = 1;
    for (const char *p = s; *p; p++) n += *p == sep;
    char **parts = malloc((size_t)n * sizeof *parts);
    int i = 0;
    for (const char *start = s;; ) {
        const char *end = strchr(start, sep);
        size_t len = end ? (size_t)(end - start) : strlen(start);
        parts[i] = malloc(len + 1);
        memcpy(parts[i], start, len);
        parts[i++][len] = 0;
        if (!end) break;
        start = end + 1;
    }
    *count = n;
    return parts;
}
static char *join(char **parts, int n, const char *sep) {
    size_t total = 1;
    for (int i = 0; i < n; i++) total += strlen(parts[i]) + (i ? strlen(sep) : 0);
    char *out = malloc(total), *w = out;
    for (int i = 0; i < n; i++) { if (i) w = stpcpy(w, sep); w = stpcpy(w, parts[i]); }
    return out;
}
int main(void) {
    int n;
    char **parts = split("usr/local//bin", '/', &n);
    printf("%d parts:", n);
    for (int i = 0; i < n; i++) printf(" [%s]", parts[i]);
    printf("\n");
    char *joined = join(parts, n, " | ");
    puts(joined);
    free(joined);
    for (int i = 0; i < n; i++) free(parts[i]);
    free(parts);
    return 0;
}
