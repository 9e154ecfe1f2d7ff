// Programs: reverse the order of words in a sentence in place.
// expect-exit: 0
// expect-stdout:
// | [fox brown quick the] [single] []
#include <stdio.h>
#include <string.h>
static void rev(char *a, char *b) { while (a < b) { char t = *a; *a++ = *b; *b-- = t; } }
static void reverse_words(char *s) {
    size_t n = strlen(s);
    if (!n) return;
    rev(s, s + n - 1);
    char *w = s;
    for (char *p = s;; p++) {
        if (*p == ' ' || *p == '\0') { if (p > w) rev(w, p - 1); w = p + 1; }
        if (!*p) break;
    }
}
int main(void) {
    char a[] = "the quick brown fox";
    char b[] = "single";
    char c[] = "";
    reverse_words(a); reverse_words(b); reverse_words(c);
    printf("[%s] [%s] [%s]\n", a, b, c);
    return 0;
}
