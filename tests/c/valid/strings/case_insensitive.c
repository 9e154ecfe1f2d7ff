// Strings: hand-written case-insensitive compare and word counting.
// expect-exit: 0
// expect-stdout:
// | 0 1 1
// | 3
#include <stdio.h>
#include <ctype.h>
static int ci_cmp(const char *a, const char *b) {
    for (;; a++, b++) {
        int x = tolower((unsigned char)*a), y = tolower((unsigned char)*b);
        if (x != y || !x) return x - y;
    }
}
static int count_word(const char *text, const char *word) {
    int n = 0;
    char buf[32];
    while (*text) {
        while (*text && !isalpha((unsigned char)*text)) text++;
        int len = 0;
        while (isalpha((unsigned char)*text) && len < 31) buf[len++] = *text++;
        buf[len] = 0;
        if (len && ci_cmp(buf, word) == 0) n++;
    }
    return n;
}
int main(void) {
    printf("%d %d %d\n", ci_cmp("Hello", "hELLO"), ci_cmp("abc", "ABD") < 0, ci_cmp("b", "A") > 0);
    printf("%d\n", count_word("The cat and THE dog; the end.", "the"));
    return 0;
}
