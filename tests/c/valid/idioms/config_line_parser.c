// Idioms: parsing "key = value" configuration text line by line: comments, trimming in place, quoted values with escapes, typed lookups with strtol/strtod and range checks, and error reporting with line numbers.
// std: c17
// expect-exit: 0
// expect-stdout:
// | line 7: missing '='
// | line 8: empty key
// | line 9: unterminated quote
// | 7 entries
// |   [2] name = <edge "one">
// |   [3] port = <0x1F90>
// |   [4] threads = <64>
// |   [5] ratio = <0.75>
// |   [10] timeout = <30>
// |   [11] timeout = <45>
// |   [12] path = </var/lib/app>
// | line 4: threads out of range or not a number: '64'
// | port 8080 threads 4 timeout 45 retries 3
// | ratio 0.750
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry { char key[24]; char value[48]; int line; };

static char *trim(char *s) {
    while (isspace((unsigned char)*s)) s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) *--e = '\0';
    return s;
}

static int unquote(char *v) {
    size_t n = strlen(v);
    if (n == 0 || v[0] != '"') return 1;
    if (n < 2 || v[n - 1] != '"') return 0;
    char *w = v;
    for (char *r = v + 1; r < v + n - 1; r++) {
        if (*r == '\\' && r + 1 < v + n - 1) { r++; *w++ = *r == 'n' ? '\n' : *r == 't' ? '\t' : *r; }
        else *w++ = *r;
    }
    *w = '\0';
    return 1;
}

static int parse(const char *text, struct entry *out, int max) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s", text);
    int n = 0, lineno = 0;
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        lineno++;
        char *hash = strchr(line, '#');
        if (hash && !strchr(line, '"')) *hash = '\0';
        char *s = trim(line);
        if (!*s) continue;
        char *eq = strchr(s, '=');
        if (!eq) { printf("line %d: missing '='\n", lineno); continue; }
        *eq = '\0';
        char *key = trim(s), *val = trim(eq + 1);
        if (!*key) { printf("line %d: empty key\n", lineno); continue; }
        if (!unquote(val)) { printf("line %d: unterminated quote\n", lineno); continue; }
        if (n < max) {
            snprintf(out[n].key, sizeof out[n].key, "%s", key);
            snprintf(out[n].value, sizeof out[n].value, "%s", val);
            out[n].line = lineno;
            n++;
        }
    }
    return n;
}

static const struct entry *find(const struct entry *e, int n, const char *key) {
    const struct entry *hit = NULL;
    for (int i = 0; i < n; i++) if (strcmp(e[i].key, key) == 0) hit = &e[i]; /* last one wins */
    return hit;
}

static long get_long(const struct entry *e, int n, const char *key, long lo, long hi, long dflt) {
    const struct entry *x = find(e, n, key);
    if (!x) return dflt;
    errno = 0;
    char *end;
    long v = strtol(x->value, &end, 0);
    if (errno || *end || v < lo || v > hi) { printf("line %d: %s out of range or not a number: '%s'\n", x->line, key, x->value); return dflt; }
    return v;
}

int main(void) {
    const char *text =
        "# server settings\n"
        "name = \"edge \\\"one\\\"\"   \n"
        "  port=0x1F90\n"
        "threads = 64 # too many\n"
        "ratio = 0.75\n"
        "\n"
        "broken line\n"
        "= nokey\n"
        "motd = \"tab\\there\n"
        "timeout = 30\n"
        "timeout = 45\n"
        "path = /var/lib/app # comment after value\n";
    struct entry e[16];
    int n = parse(text, e, 16);
    printf("%d entries\n", n);
    for (int i = 0; i < n; i++) printf("  [%d] %s = <%s>\n", e[i].line, e[i].key, e[i].value);
    printf("port %ld threads %ld timeout %ld retries %ld\n", get_long(e, n, "port", 1, 65535, 80), get_long(e, n, "threads", 1, 32, 4),
           get_long(e, n, "timeout", 0, 3600, 10), get_long(e, n, "retries", 0, 10, 3));
    const struct entry *r = find(e, n, "ratio");
    printf("ratio %.3f\n", r ? strtod(r->value, NULL) : -1.0);
    return 0;
}
