// Idioms: an RFC 4180-style CSV reader as a character state machine: quoted fields, doubled quotes, embedded commas and newlines, CRLF, and per-column aggregation.
// std: c17
// expect-exit: 0
// expect-stdout:
// | row 0 (3 fields): [name] [comment] [price]
// | row 1 (3 fields): [widget] [plain, with comma] [2.50]
// | row 2 (3 fields): [gizmo "pro"] [two\nlines] [10]
// | row 3 (3 fields): [empty] [] [0.25]
// | row 4 (3 fields): [last] [] [100]
// | rows 5, price total 112.75, widest 3
// | unterminated: -1
// | junk after quote: -2
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum csv_state { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED };

struct csv { char fields[8][48]; int nfields; size_t len; };

typedef void (*row_fn)(const struct csv *, int row, void *ctx);

static int parse_csv(const char *s, row_fn on_row, void *ctx) {
    struct csv c = { .nfields = 0, .len = 0 };
    enum csv_state st = FIELD_START;
    int row = 0;
    for (;; s++) {
        char ch = *s;
        int end_field = 0, end_row = 0;
        switch (st) {
        case FIELD_START:
            if (ch == '"') { st = QUOTED; continue; }
            /* fall through */
        case UNQUOTED:
            if (ch == ',') end_field = 1;
            else if (ch == '\n' || ch == '\0') end_field = end_row = 1;
            else if (ch == '\r') continue;
            else { st = UNQUOTED; if (c.len + 1 < sizeof c.fields[0]) c.fields[c.nfields][c.len++] = ch; }
            break;
        case QUOTED:
            if (ch == '\0') return -1; /* unterminated quote */
            if (ch == '"') st = QUOTE_IN_QUOTED;
            else if (c.len + 1 < sizeof c.fields[0]) c.fields[c.nfields][c.len++] = ch;
            break;
        case QUOTE_IN_QUOTED:
            if (ch == '"') { st = QUOTED; if (c.len + 1 < sizeof c.fields[0]) c.fields[c.nfields][c.len++] = '"'; }
            else if (ch == ',') end_field = 1;
            else if (ch == '\n' || ch == '\0') end_field = end_row = 1;
            else if (ch == '\r') continue;
            else return -2; /* garbage after closing quote */
            break;
        }
        if (end_field) {
            c.fields[c.nfields][c.len] = '\0';
            if (c.nfields < 7) c.nfields++;
            c.len = 0;
            st = FIELD_START;
        }
        if (end_row) {
            if (!(c.nfields == 1 && c.fields[0][0] == '\0')) on_row(&c, row++, ctx);
            c.nfields = 0;
            if (ch == '\0') return row;
        }
    }
}

struct totals { double sum_price; int rows; int max_fields; };

static void print_row(const struct csv *c, int row, void *ctx) {
    struct totals *t = ctx;
    printf("row %d (%d fields):", row, c->nfields);
    for (int i = 0; i < c->nfields; i++) {
        printf(" [");
        for (const char *p = c->fields[i]; *p; p++) fputs(*p == '\n' ? "\\n" : (char[]){ *p, 0 }, stdout);
        printf("]");
    }
    printf("\n");
    if (row > 0 && c->nfields >= 3) t->sum_price += strtod(c->fields[2], NULL);
    t->rows++;
    if (c->nfields > t->max_fields) t->max_fields = c->nfields;
}

int main(void) {
    const char *doc =
        "name,comment,price\r\n"
        "widget,\"plain, with comma\",2.50\r\n"
        "\"gizmo \"\"pro\"\"\",\"two\nlines\",10\n"
        "empty,,0.25\n"
        "\n"
        "last,\"\",100";
    struct totals t = { 0, 0, 0 };
    int rows = parse_csv(doc, print_row, &t);
    printf("rows %d, price total %.2f, widest %d\n", rows, t.sum_price, t.max_fields);
    struct totals u = { 0, 0, 0 };
    printf("unterminated: %d\n", parse_csv("a,\"open", print_row, &u));
    printf("junk after quote: %d\n", parse_csv("\"x\"y,1", print_row, &u));
    return 0;
}
