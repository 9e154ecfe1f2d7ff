// Idioms: bit-parallel approximate string matching (Shift-Or / bitap) with per-character masks in a 64-bit word, exact and with up to k substitutions.
// std: c17
// expect-exit: 0
// expect-stdout:
// | quick      k=0: 1 hit(s) first "quick"  k=1: 2 hit(s) first "quick"  k=2: 2 hit(s) first "quick"
// | brown      k=0: 1 hit(s) first "brown"  k=1: 2 hit(s) first "brown"  k=2: 2 hit(s) first "brown"
// | fox        k=0: 1 hit(s) first "fox"  k=1: 2 hit(s) first "fox"  k=2: 5 hit(s) first "row"
// | jump       k=0: 2 hit(s) first "jump"  k=1: 2 hit(s) first "jump"  k=2: 2 hit(s) first "jump"
// | lazy cat   k=0: 0 hit(s)  k=1: 0 hit(s)  k=2: 0 hit(s)
// | the        k=0: 3 hit(s) first "the"  k=1: 3 hit(s) first "the"  k=2: 5 hit(s) first "the"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int bitap_count(const char *text, const char *pat, int k, int *first_end) {
    size_t m = strlen(pat);
    if (m == 0 || m > 63 || k > 3) return -1;
    uint64_t mask[256];
    for (int c = 0; c < 256; c++) mask[c] = ~UINT64_C(0);
    for (size_t i = 0; i < m; i++) mask[(unsigned char)pat[i]] &= ~(UINT64_C(1) << i);
    uint64_t r[4];
    for (int d = 0; d <= k; d++) r[d] = ~UINT64_C(1);
    int hits = 0;
    *first_end = -1;
    for (size_t i = 0; text[i]; i++) {
        uint64_t old = r[0];
        r[0] = (r[0] | mask[(unsigned char)text[i]]) << 1;
        for (int d = 1; d <= k; d++) {
            uint64_t tmp = r[d];
            /* Either the characters match with d errors so far, or this one is a substitution. */
            r[d] = ((r[d] | mask[(unsigned char)text[i]]) & old) << 1;
            old = tmp;
        }
        if (!(r[k] & (UINT64_C(1) << m))) { if (*first_end < 0) *first_end = (int)i; hits++; }
    }
    return hits;
}

int main(void) {
    const char *text = "the quick brown fox jumps over the lazy dog; the quack brawn fix jumped";
    const char *pats[] = { "quick", "brown", "fox", "jump", "lazy cat", "the" };
    for (int p = 0; p < 6; p++) {
        printf("%-9s", pats[p]);
        for (int k = 0; k <= 2; k++) {
            int end;
            int n = bitap_count(text, pats[p], k, &end);
            printf("  k=%d: %d hit(s)", k, n);
            if (n > 0) printf(" first \"%.*s\"", (int)strlen(pats[p]), text + end + 1 - (int)strlen(pats[p]));
        }
        printf("\n");
    }
    return 0;
}
