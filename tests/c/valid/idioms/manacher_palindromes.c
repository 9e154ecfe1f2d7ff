// Idioms: Manacher's linear-time longest palindromic substring on a transformed array, checked against an expand-around-centre version; counting all palindromic substrings.
// std: c17
// expect-exit: 0
// expect-stdout:
// | babad
// |   7 palindromic substrings
// |   longest 3 at 0: "bab" (expand: 3 at 0)
// | cbbd
// |   5 palindromic substrings
// |   longest 2 at 1: "bb" (expand: 2 at 1)
// | forgeeksskeegfor
// |   23 palindromic substrings
// |   longest 10 at 3: "geeksskeeg" (expand: 10 at 3)
// | abacdfgdcaba
// |   14 palindromic substrings
// |   longest 3 at 0: "aba" (expand: 3 at 0)
// | a
// |   1 palindromic substrings
// |   longest 1 at 0: "a" (expand: 1 at 0)
// | aaaa
// |   10 palindromic substrings
// |   longest 4 at 0: "aaaa" (expand: 4 at 0)
// | racecar level noon
// |   26 palindromic substrings
// |   longest 7 at 0: "racecar" (expand: 7 at 0)
// | xyz
// |   3 palindromic substrings
// |   longest 1 at 0: "x" (expand: 1 at 0)
// | disagreements 0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int manacher(const char *s, int *start) {
    int n = (int)strlen(s), m = 2 * n + 1;
    int *p = calloc((size_t)m, sizeof *p);
    if (!p) return -1;
    int center = 0, right = 0, best = 0, best_center = 0;
    for (int i = 0; i < m; i++) {
        if (i < right) { int mirror = 2 * center - i; p[i] = p[mirror] < right - i ? p[mirror] : right - i; }
        /* Odd positions of the transformed string are characters, even ones are separators. */
        while (i - p[i] - 1 >= 0 && i + p[i] + 1 < m &&
               ((i - p[i] - 1) % 2 == 0 || s[(i - p[i] - 1) / 2] == s[(i + p[i] + 1) / 2])) p[i]++;
        if (i + p[i] > right) { center = i; right = i + p[i]; }
        if (p[i] > best) { best = p[i]; best_center = i; }
    }
    long total = 0;
    for (int i = 0; i < m; i++) total += (p[i] + 1) / 2;
    free(p);
    *start = (best_center - best) / 2;
    printf("  %ld palindromic substrings\n", total);
    return best;
}

static int expand(const char *s, int *start) {
    int n = (int)strlen(s), best = 0;
    *start = 0;
    for (int c = 0; c < 2 * n - 1; c++) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) { l--; r++; }
        if (r - l - 1 > best) { best = r - l - 1; *start = l + 1; }
    }
    return best;
}

int main(void) {
    const char *words[] = { "babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "a", "aaaa", "racecar level noon", "xyz" };
    int bad = 0;
    for (int i = 0; i < 8; i++) {
        printf("%s\n", words[i]);
        int s1 = 0, s2 = 0;
        int a = manacher(words[i], &s1), b = expand(words[i], &s2);
        printf("  longest %d at %d: \"%.*s\" (expand: %d at %d)\n", a, s1, a, words[i] + s1, b, s2);
        bad += a != b;
    }
    printf("disagreements %d\n", bad);
    return bad;
}
