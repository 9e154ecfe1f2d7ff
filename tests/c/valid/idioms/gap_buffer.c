// Idioms: a gap buffer (the text editor data structure): cursor moves shift text across the gap with memmove, inserts fill the gap, growth reallocates and moves the tail.
// std: c17
// expect-exit: 0
// expect-stdout:
// | insert             "hello world|" len 11 cap 27
// | move to 5          "hello| world" len 11 cap 27
// | insert comma       "hello,| world" len 12 cap 27
// | prefix             ">> |hello, world" len 15 cap 27
// | append             ">> hello, world!|" len 16 cap 27
// | delete 3 at 9      ">> hel| world!" len 13 cap 27
// | insert y           ">> hely| world!" len 14 cap 27
// | final abbaa>baabbba>baa bbabbaahbaaaabelaabbybabab waobbaralabababbbd!
// | len 64 moves 54
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gapbuf { char *buf; size_t cap, gap_start, gap_end; unsigned moves; };

static int gb_init(struct gapbuf *g, size_t cap) {
    g->buf = malloc(cap);
    g->cap = cap; g->gap_start = 0; g->gap_end = cap; g->moves = 0;
    return g->buf != NULL;
}
static size_t gb_len(const struct gapbuf *g) { return g->cap - (g->gap_end - g->gap_start); }

static void gb_move(struct gapbuf *g, size_t pos) {
    if (pos > gb_len(g)) pos = gb_len(g);
    if (pos < g->gap_start) {
        size_t n = g->gap_start - pos;
        memmove(g->buf + g->gap_end - n, g->buf + pos, n);
        g->gap_start -= n; g->gap_end -= n;
    } else if (pos > g->gap_start) {
        size_t n = pos - g->gap_start;
        memmove(g->buf + g->gap_start, g->buf + g->gap_end, n);
        g->gap_start += n; g->gap_end += n;
    }
    g->moves++;
}

static int gb_insert(struct gapbuf *g, const char *s) {
    size_t n = strlen(s);
    if (n > g->gap_end - g->gap_start) {
        size_t tail = g->cap - g->gap_end, cap = g->cap * 2 + n;
        char *nb = realloc(g->buf, cap);
        if (!nb) return 0;
        memmove(nb + cap - tail, nb + g->gap_end, tail);
        g->buf = nb; g->gap_end = cap - tail; g->cap = cap;
    }
    memcpy(g->buf + g->gap_start, s, n);
    g->gap_start += n;
    return 1;
}

static void gb_delete_back(struct gapbuf *g, size_t n) { g->gap_start = n > g->gap_start ? 0 : g->gap_start - n; }

static void gb_print(const char *what, const struct gapbuf *g) {
    printf("%-18s \"%.*s|%.*s\" len %zu cap %zu\n", what, (int)g->gap_start, g->buf, (int)(g->cap - g->gap_end), g->buf + g->gap_end, gb_len(g), g->cap);
}

int main(void) {
    struct gapbuf g;
    if (!gb_init(&g, 8)) return 1;
    gb_insert(&g, "hello world"); gb_print("insert", &g);
    gb_move(&g, 5); gb_print("move to 5", &g);
    gb_insert(&g, ","); gb_print("insert comma", &g);
    gb_move(&g, 0); gb_insert(&g, ">> "); gb_print("prefix", &g);
    gb_move(&g, 100); gb_insert(&g, "!"); gb_print("append", &g);
    gb_move(&g, 9); gb_delete_back(&g, 3); gb_print("delete 3 at 9", &g);
    gb_insert(&g, "y"); gb_print("insert y", &g);
    for (int i = 0; i < 50; i++) { gb_move(&g, (size_t)(i * 7) % gb_len(&g)); gb_insert(&g, i % 2 ? "a" : "b"); }
    char *flat = malloc(gb_len(&g) + 1);
    if (!flat) return 1;
    memcpy(flat, g.buf, g.gap_start);
    memcpy(flat + g.gap_start, g.buf + g.gap_end, g.cap - g.gap_end);
    flat[gb_len(&g)] = '\0';
    printf("final %s\nlen %zu moves %u\n", flat, gb_len(&g), g.moves);
    free(flat);
    free(g.buf);
    return 0;
}
