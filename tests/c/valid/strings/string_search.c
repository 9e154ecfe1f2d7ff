// Strings: naive and KMP substring search agree; count overlapping occurrences.
// expect-exit: 0
// expect-stdout:
// | abab 5 5
// | abc 1 1
// | b 7 7
// | zz 0 0
#include <stdio.h>
#include <string.h>
static int naive_count(const char *t, const char *p) {
    int n = 0;
    size_t m = strlen(p);
    for (const char *s = t; *s; s++) if (strncmp(s, p, m) == 0) n++;
    return n;
}
static int kmp_count(const char *t, const char *p) {
    int m = (int)strlen(p), fail[32], k = 0, n = 0;
    fail[0] = 0;
    for (int i = 1; i < m; i++) {
        while (k && p[i] != p[k]) k = fail[k - 1];
        if (p[i] == p[k]) k++;
        fail[i] = k;
    }
    k = 0;
    for (const char *s = t; *s; s++) {
        while (k && *s != p[k]) k = fail[k - 1];
        if (*s == p[k]) k++;
        if (k == m) { n++; k = fail[k - 1]; }
    }
    return n;
}
int main(void) {
    const char *text = "abababcabababab";
    const char *pats[] = { "abab", "abc", "b", "zz" };
    for (int i = 0; i < 4; i++) printf("%s %d %d\n", pats[i], naive_count(text, pats[i]), kmp_count(text, pats[i]));
    return 0;
}
