// Idioms: const-correct APIs: const inputs, const tables of const strings, const-returning lookups, casting away const only where the caller owns the data.
// std: c17
// expect-exit: 0
// expect-stdout:
// | editor = vi
// | shell = (unset)
// | tabsize = 8
// | first separator at 10, commas 1, spaces 3
// | The C Programming Language
// | sum of primes 41
// | via pointer to const pointer: editor tabsize
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct config_entry { const char *const key; const char *const value; };
static const struct config_entry defaults[] = {
    { "color", "auto" }, { "editor", "vi" }, { "pager", "less" }, { "tabsize", "8" },
};

static const char *config_get(const struct config_entry *table, size_t n, const char *key) {
    for (size_t i = 0; i < n; i++) if (strcmp(table[i].key, key) == 0) return table[i].value;
    return NULL;
}

/* Like strpbrk: takes const, returns a pointer into the same string; the caller decides constness. */
static char *find_any(const char *s, const char *set) {
    for (; *s; s++) if (strchr(set, *s)) return (char *)s;
    return NULL;
}

static size_t count_char(const char *restrict s, char c) {
    size_t n = 0;
    while ((s = strchr(s, c)) != NULL) { n++; s++; }
    return n;
}

static void upcase_words(char *s) {
    char *p = s;
    while ((p = find_any(p, "abcdefghijklmnopqrstuvwxyz")) != NULL) {
        if (p == s || p[-1] == ' ') *p = (char)(*p - 'a' + 'A');
        p++;
    }
}

static int sum(const int *const values, size_t n) {
    int s = 0;
    for (const int *p = values; p < values + n; p++) s += *p;
    return s;
}

int main(void) {
    size_t n = sizeof defaults / sizeof defaults[0];
    const char *keys[] = { "editor", "shell", "tabsize" };
    for (int i = 0; i < 3; i++) {
        const char *v = config_get(defaults, n, keys[i]);
        printf("%s = %s\n", keys[i], v ? v : "(unset)");
    }
    const char *msg = "const data, stays put";
    const char *comma = find_any(msg, ",;");
    printf("first separator at %td, commas %zu, spaces %zu\n", comma ? comma - msg : -1, count_char(msg, ','), count_char(msg, ' '));
    char title[] = "the c programming language";
    upcase_words(title);
    printf("%s\n", title);
    static const int primes[] = { 2, 3, 5, 7, 11, 13 };
    printf("sum of primes %d\n", sum(primes, sizeof primes / sizeof primes[0]));
    const char *const *kp = keys;
    printf("via pointer to const pointer: %s %s\n", kp[0], kp[2]);
    return 0;
}
