// Idioms: substring search three ways: Knuth-Morris-Pratt with a failure table, Boyer-Moore-Horspool with a skip table, and naive; all must agree.
// std: c17
// expect-exit: 0
// expect-stdout:
// | ababc                  kmp  4 horspool  4 naive  4 first 2 9 14 28
// | abab                   kmp  9 horspool  9 naive  9 first 0 2 7 9
// | aaa                    kmp  6 horspool  6 naive  6 first 34 35 36 37
// | needle                 kmp  2 horspool  2 naive  2 first 43 69
// | c                      kmp  6 horspool  6 naive  6 first 6 13 18 21
// | zzz                    kmp  0 horspool  0 naive  0 first
// | haystack with needles  kmp  1 horspool  1 naive  1 first 55
// | disagreements 0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int kmp_all(const char *text, const char *pat, int *hits, int max) {
    int m = (int)strlen(pat), n = (int)strlen(text), count = 0;
    if (m == 0) return 0;
    int *fail = malloc((size_t)m * sizeof *fail);
    if (!fail) return -1;
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
        if (pat[i] == pat[k]) k++;
        fail[i] = k;
    }
    for (int i = 0, k = 0; i < n; i++) {
        while (k > 0 && text[i] != pat[k]) k = fail[k - 1];
        if (text[i] == pat[k]) k++;
        if (k == m) { if (count < max) hits[count] = i - m + 1; count++; k = fail[k - 1]; }
    }
    free(fail);
    return count;
}

static int horspool_all(const char *text, const char *pat, int *hits, int max) {
    size_t m = strlen(pat), n = strlen(text);
    int count = 0;
    if (m == 0 || m > n) return 0;
    size_t skip[256];
    for (int c = 0; c < 256; c++) skip[c] = m;
    for (size_t i = 0; i + 1 < m; i++) skip[(unsigned char)pat[i]] = m - 1 - i;
    for (size_t pos = 0; pos + m <= n; pos += skip[(unsigned char)text[pos + m - 1]])
        if (memcmp(text + pos, pat, m) == 0) { if (count < max) hits[count] = (int)pos; count++; }
    return count;
}

static int naive_all(const char *text, const char *pat) {
    int count = 0;
    size_t m = strlen(pat);
    if (m == 0) return 0;
    for (const char *p = text; (p = strstr(p, pat)) != NULL; p++) count++;
    return count;
}

int main(void) {
    const char *text = "abababcabababcababcabcabababababc aaaaaaaa needle in a haystack with needles";
    const char *pats[] = { "ababc", "abab", "aaa", "needle", "c", "zzz", "haystack with needles" };
    int bad = 0;
    for (size_t i = 0; i < sizeof pats / sizeof pats[0]; i++) {
        int h1[32], h2[32];
        int a = kmp_all(text, pats[i], h1, 32), b = horspool_all(text, pats[i], h2, 32), c = naive_all(text, pats[i]);
        printf("%-22s kmp %2d horspool %2d naive %2d first", pats[i], a, b, c);
        for (int k = 0; k < a && k < 4; k++) printf(" %d", h1[k]);
        printf("\n");
        if (a != b || a != c) bad++;
        for (int k = 0; k < a && k < 32; k++) if (h1[k] != h2[k]) bad++;
    }
    printf("disagreements %d\n", bad);
    return bad;
}
