// Idioms: classifying identifiers with bsearch over a sorted keyword table, plus a perfect-ish switch on length and first letter; both must agree on every word of a C snippet.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 34 keywords, sorted 1
// | keywords: static inline unsigned long const char restrict unsigned long while unsigned char return typedef struct int if else
// | words 32 keywords 18 disagreements 0
// | switch recognises 34 of 34
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const keywords[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern", "float", "for", "goto", "if",
    "inline", "int", "long", "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
    "unsigned", "void", "volatile", "while",
};
#define N_KEYWORDS (sizeof keywords / sizeof keywords[0])

static int cmp_key(const void *key, const void *elem) { return strcmp(key, *(const char *const *)elem); }

static int is_keyword_bsearch(const char *w) { return bsearch(w, keywords, N_KEYWORDS, sizeof keywords[0], cmp_key) != NULL; }

static int is_keyword_switch(const char *w) {
    switch (strlen(w)) {
    case 2: return !strcmp(w, "do") || !strcmp(w, "if");
    case 3: return !strcmp(w, "for") || !strcmp(w, "int");
    case 4:
        switch (w[0]) {
        case 'a': return !strcmp(w, "auto");
        case 'c': return !strcmp(w, "case") || !strcmp(w, "char");
        case 'e': return !strcmp(w, "else") || !strcmp(w, "enum");
        case 'g': return !strcmp(w, "goto");
        case 'l': return !strcmp(w, "long");
        case 'v': return !strcmp(w, "void");
        default: return 0;
        }
    case 5: return !strcmp(w, "break") || !strcmp(w, "const") || !strcmp(w, "float") || !strcmp(w, "short") || !strcmp(w, "union") || !strcmp(w, "while");
    case 6: return !strcmp(w, "double") || !strcmp(w, "extern") || !strcmp(w, "inline") || !strcmp(w, "return") || !strcmp(w, "signed") ||
                   !strcmp(w, "sizeof") || !strcmp(w, "static") || !strcmp(w, "struct") || !strcmp(w, "switch");
    case 7: return !strcmp(w, "default") || !strcmp(w, "typedef");
    case 8: return !strcmp(w, "continue") || !strcmp(w, "register") || !strcmp(w, "restrict") || !strcmp(w, "unsigned") || !strcmp(w, "volatile");
    default: return 0;
    }
}

int main(void) {
    int sorted = 1;
    for (size_t i = 1; i < N_KEYWORDS; i++) if (strcmp(keywords[i - 1], keywords[i]) >= 0) sorted = 0;
    printf("%zu keywords, sorted %d\n", N_KEYWORDS, sorted);
    const char *src = "static inline unsigned long hash(const char *restrict s) { unsigned long h = 5381; "
                      "while (*s) h = h * 33 + (unsigned char)*s++; return h; } typedef struct node { int do_it; } node_t; "
                      "for_each goto_label sizeof_t if else";
    int words = 0, kw = 0, disagree = 0;
    char word[32];
    printf("keywords:");
    for (const char *p = src; *p; ) {
        if (isalpha((unsigned char)*p) || *p == '_') {
            size_t n = 0;
            while ((isalnum((unsigned char)*p) || *p == '_') && n + 1 < sizeof word) word[n++] = *p++;
            word[n] = '\0';
            words++;
            int a = is_keyword_bsearch(word), b = is_keyword_switch(word);
            if (a != b) { disagree++; printf(" [%s?]", word); }
            if (a) { kw++; printf(" %s", word); }
        } else p++;
    }
    printf("\nwords %d keywords %d disagreements %d\n", words, kw, disagree);
    int all = 0;
    for (size_t i = 0; i < N_KEYWORDS; i++) all += is_keyword_switch(keywords[i]);
    printf("switch recognises %d of %zu\n", all, N_KEYWORDS);
    return disagree;
}
