// Idioms: a growable string builder with realloc doubling, printf-style append, insert, and ownership hand-off.
// std: c17
// expect-exit: 0
// expect-stdout:
// | {"name": "altitude", "quote": "say \"hi\"", "path": "C:\\tmp\nx", "ctl": "bell\u0007", "n": 12345, "pi": 3.14159}
// | len 113 cap 146 grows 5
// | {"first": true, "name": "altitude", "quote": "say \"hi\"", "path": "C:\\tmp\nx", "ctl": "bell\u0007", "n": 12345, "pi": 3.14159}
// | builder emptied: 1
// | big len 1890 grows 12 hash 6630313564462657885 tail 498;499;
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sb { char *data; size_t len, cap; int failed; unsigned grows; };

static int sb_reserve(struct sb *b, size_t extra) {
    if (b->failed) return 0;
    if (b->len + extra + 1 <= b->cap) return 1;
    size_t cap = b->cap ? b->cap : 16;
    while (cap < b->len + extra + 1) cap += cap / 2 + 8;
    char *p = realloc(b->data, cap);
    if (!p) { b->failed = 1; return 0; }
    b->data = p; b->cap = cap; b->grows++;
    return 1;
}

static void sb_putn(struct sb *b, const char *s, size_t n) {
    if (!sb_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}
static void sb_puts(struct sb *b, const char *s) { sb_putn(b, s, strlen(s)); }
static void sb_putc(struct sb *b, char c) { sb_putn(b, &c, 1); }

static void sb_printf(struct sb *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[8];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n >= 0 && sb_reserve(b, (size_t)n)) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
}

static void sb_insert(struct sb *b, size_t at, const char *s) {
    size_t n = strlen(s);
    if (at > b->len || !sb_reserve(b, n)) return;
    memmove(b->data + at + n, b->data + at, b->len - at + 1);
    memcpy(b->data + at, s, n);
    b->len += n;
}

static char *sb_take(struct sb *b) {
    char *s = b->data;
    b->data = NULL; b->len = b->cap = 0;
    return s;
}

static void escape_json(struct sb *b, const char *s) {
    sb_putc(b, '"');
    for (; *s; s++) {
        switch (*s) {
        case '"': sb_puts(b, "\\\""); break;
        case '\\': sb_puts(b, "\\\\"); break;
        case '\n': sb_puts(b, "\\n"); break;
        default:
            if ((unsigned char)*s < 0x20) sb_printf(b, "\\u%04x", (unsigned char)*s);
            else sb_putc(b, *s);
        }
    }
    sb_putc(b, '"');
}

int main(void) {
    struct sb b = { 0 };
    sb_puts(&b, "{");
    const char *keys[] = { "name", "quote", "path", "ctl" };
    const char *vals[] = { "altitude", "say \"hi\"", "C:\\tmp\nx", "bell\a" };
    for (int i = 0; i < 4; i++) {
        if (i) sb_puts(&b, ", ");
        escape_json(&b, keys[i]);
        sb_puts(&b, ": ");
        escape_json(&b, vals[i]);
    }
    sb_printf(&b, ", \"n\": %d, \"pi\": %.5f}", 12345, 3.14159265);
    printf("%s\nlen %zu cap %zu grows %u\n", b.data, b.len, b.cap, b.grows);
    sb_insert(&b, 1, "\"first\": true, ");
    char *owned = sb_take(&b);
    printf("%s\n", owned);
    printf("builder emptied: %d\n", b.data == NULL && b.len == 0);
    free(owned);

    struct sb big = { 0 };
    for (int i = 0; i < 500; i++) sb_printf(&big, "%d;", i);
    unsigned long h = 5381;
    for (size_t i = 0; i < big.len; i++) h = h * 33 + (unsigned char)big.data[i];
    printf("big len %zu grows %u hash %lu tail %s\n", big.len, big.grows, h, big.data + big.len - 8);
    free(big.data);
    return 0;
}
