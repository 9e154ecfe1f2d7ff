// Programs: word frequency count with a sorted array of structs and qsort.
// expect-exit: 0
// expect-stdout:
// | it     3
// | of     3
// | the    3
// | was    3
// | times  2
// | age    1
// | 9 distinct
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
struct wc { char word[16]; int count; };
static int by_count(const void *a, const void *b) {
    const struct wc *x = a, *y = b;
    if (x->count != y->count) return y->count - x->count;
    return strcmp(x->word, y->word);
}
int main(void) {
    const char *text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
    struct wc words[32];
    int n = 0;
    char w[16];
    int len = 0;
    for (const char *p = text;; p++) {
        if (isalpha((unsigned char)*p)) { if (len < 15) w[len++] = (char)tolower((unsigned char)*p); continue; }
        if (len) {
            w[len] = 0; len = 0;
            int i;
            for (i = 0; i < n && strcmp(words[i].word, w); i++) {}
            if (i == n) { strcpy(words[n].word, w); words[n++].count = 0; }
            words[i].count++;
        }
        if (!*p) break;
    }
    qsort(words, n, sizeof words[0], by_count);
    for (int i = 0; i < n && i < 6; i++) printf("%-6s %d\n", words[i].word, words[i].count);
    printf("%d distinct\n", n);
    return 0;
}
