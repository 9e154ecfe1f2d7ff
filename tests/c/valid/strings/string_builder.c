// Strings: a growable string builder with realloc and vsnprintf.
// expect-exit: 0
// expect-stdout:
// | [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
// | 36 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
struct sb { char *data; size_t len, cap; };
static void sb_reserve(struct sb *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 8;
    while (cap < b->len + extra + 1) cap *= 2;
    b->data = realloc(b->data, cap);
    b->cap = cap;
}
static void sb_append(struct sb *b, const char *s) {
    size_t n = strlen(s);
    sb_reserve(b, n);
    memcpy(b->data + b->len, s, n + 1);
    b->len += n;
}
static void sb_printf(struct sb *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    sb_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}
int main(void) {
    struct sb b = { 0 };
    sb_append(&b, "[");
    for (int i = 0; i < 10; i++) sb_printf(&b, i ? ", %d" : "%d", i * i);
    sb_append(&b, "]");
    printf("%s\n%zu %d\n", b.data, b.len, b.cap >= b.len + 1);
    free(b.data);
    return 0;
}
