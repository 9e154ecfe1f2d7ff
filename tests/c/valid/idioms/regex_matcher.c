// Idioms: a tiny backtracking regex matcher (^ $ . * + ? and character classes) over C strings.
// std: c17
// expect-exit: 0
// expect-stdout:
// | abc                      xxabcxx        match
// | ^abc                     xxabc          no
// | abc$                     xxabc          match
// | a.c                      abc            match
// | a.c                      ac             no
// | ab*c                     ac             match
// | ab*c                     abbbbc         match
// | ab+c                     ac             no
// | ab+c                     abbc           match
// | colou?r                  color          match
// | colou?r                  colour         match
// | ^\d+$                    12345          match
// | ^\d+$                    12a45          no
// | ^[a-z_]\w*$              snake_case9    match
// | ^[a-z_]\w*$              9lives         no
// | [^aeiou]+$               rhythm         match
// | ^a.*z$                   abcz           match
// | ^a.*z$                   abczq          no
// | x\.y                     x.y            match
// | x\.y                     xzy            no
// | ^$                                      match
// | ^\s*#                       # comment   match
// | [0-9][0-9]?:[0-5][0-9]   at 9:45 pm     match
// | [0-9][0-9]?:[0-5][0-9]   at 9:75 pm     no
// | 24/24 correct
#include <stdio.h>
#include <string.h>

static int match_here(const char *re, const char *text);

/* Length of the single-character atom at re: a literal, '.', an escape or a [class]. */
static int atom_len(const char *re) {
    if (re[0] == '\\' && re[1]) return 2;
    if (re[0] == '[') {
        const char *p = re + 1;
        if (*p == '^') p++;
        if (*p == ']') p++;
        while (*p && *p != ']') p++;
        return *p ? (int)(p - re) + 1 : 1;
    }
    return 1;
}

static int atom_matches(const char *re, int len, char c) {
    if (c == '\0') return 0;
    if (len == 2 && re[0] == '\\') {
        switch (re[1]) {
        case 'd': return c >= '0' && c <= '9';
        case 'w': return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        case 's': return c == ' ' || c == '\t' || c == '\n';
        default: return c == re[1];
        }
    }
    if (re[0] == '[' && len > 1) {
        int i = 1, negate = 0, hit = 0;
        if (re[i] == '^') { negate = 1; i++; }
        while (i < len - 1) {
            if (i + 2 < len - 1 && re[i + 1] == '-') {
                if (c >= re[i] && c <= re[i + 2]) hit = 1;
                i += 3;
            } else {
                if (c == re[i]) hit = 1;
                i++;
            }
        }
        return hit != negate;
    }
    return re[0] == '.' || re[0] == c;
}

/* Greedy repetition of one atom (min..infinity times, or 0..1 for '?'), then the rest of re. */
static int match_repeat(const char *atom, int len, int min, int max, const char *rest, const char *text) {
    const char *t = text;
    int n = 0;
    while ((max < 0 || n < max) && atom_matches(atom, len, *t)) { t++; n++; }
    for (; n >= min; n--, t--) {
        if (match_here(rest, t)) return 1;
        if (n == 0) break;
    }
    return 0;
}

static int match_here(const char *re, const char *text) {
    if (re[0] == '\0') return 1;
    if (re[0] == '$' && re[1] == '\0') return *text == '\0';
    int len = atom_len(re);
    char op = re[len];
    if (op == '*') return match_repeat(re, len, 0, -1, re + len + 1, text);
    if (op == '+') return match_repeat(re, len, 1, -1, re + len + 1, text);
    if (op == '?') return match_repeat(re, len, 0, 1, re + len + 1, text);
    if (atom_matches(re, len, *text)) return match_here(re + len, text + 1);
    return 0;
}

static int match(const char *re, const char *text) {
    if (re[0] == '^') return match_here(re + 1, text);
    do {
        if (match_here(re, text)) return 1;
    } while (*text++ != '\0');
    return 0;
}

int main(void) {
    static const struct { const char *re, *text; int want; } cases[] = {
        { "abc", "xxabcxx", 1 }, { "^abc", "xxabc", 0 }, { "abc$", "xxabc", 1 },
        { "a.c", "abc", 1 }, { "a.c", "ac", 0 }, { "ab*c", "ac", 1 }, { "ab*c", "abbbbc", 1 },
        { "ab+c", "ac", 0 }, { "ab+c", "abbc", 1 }, { "colou?r", "color", 1 }, { "colou?r", "colour", 1 },
        { "^\\d+$", "12345", 1 }, { "^\\d+$", "12a45", 0 }, { "^[a-z_]\\w*$", "snake_case9", 1 },
        { "^[a-z_]\\w*$", "9lives", 0 }, { "[^aeiou]+$", "rhythm", 1 }, { "^a.*z$", "abcz", 1 },
        { "^a.*z$", "abczq", 0 }, { "x\\.y", "x.y", 1 }, { "x\\.y", "xzy", 0 }, { "^$", "", 1 },
        { "^\\s*#", "   # comment", 1 }, { "[0-9][0-9]?:[0-5][0-9]", "at 9:45 pm", 1 },
        { "[0-9][0-9]?:[0-5][0-9]", "at 9:75 pm", 0 },
    };
    int n = (int)(sizeof cases / sizeof cases[0]), ok = 0;
    for (int i = 0; i < n; i++) {
        int got = match(cases[i].re, cases[i].text);
        printf("%-24s %-14s %s%s\n", cases[i].re, cases[i].text, got ? "match" : "no", got == cases[i].want ? "" : "  WRONG");
        ok += got == cases[i].want;
    }
    printf("%d/%d correct\n", ok, n);
    return ok == n ? 0 : 1;
}
