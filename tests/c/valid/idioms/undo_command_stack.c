// Idioms: the command pattern for undo/redo: commands as structs holding function pointers and owned heap data, two stacks, redo invalidated by new edits, everything freed at exit.
// std: c17
// expect-exit: 0
// expect-stdout:
// | insert         "hello world" (undo 1, redo 0)
// | insert comma   "hello, world" (undo 2, redo 0)
// | delete word    "hello, " (undo 3, redo 0)
// | insert there   "hello, there" (undo 4, redo 0)
// | undo           "hello, " (undo 3, redo 1)
// | undo           "hello, world" (undo 2, redo 2)
// | redo           "hello, " (undo 3, redo 1)
// | new edit       ">> hello, " (undo 4, redo 0)
// | redo possible: 0
// | undo all       "" (undo 0, redo 4)
// | redo all       ">> hello, " (undo 4, redo 0)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct doc { char text[128]; };
struct command {
    void (*apply)(struct doc *, struct command *);
    void (*revert)(struct doc *, struct command *);
    size_t pos;
    char *payload; /* owned */
};

static void insert_apply(struct doc *d, struct command *c) {
    size_t n = strlen(c->payload), len = strlen(d->text);
    memmove(d->text + c->pos + n, d->text + c->pos, len - c->pos + 1);
    memcpy(d->text + c->pos, c->payload, n);
}
static void insert_revert(struct doc *d, struct command *c) {
    size_t n = strlen(c->payload);
    memmove(d->text + c->pos, d->text + c->pos + n, strlen(d->text + c->pos + n) + 1);
}

static char *dup_range(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (p) { memcpy(p, s, n); p[n] = '\0'; }
    return p;
}

struct stack { struct command *items[32]; int top; };
static struct stack undo_stack, redo_stack;

static void free_command(struct command *c) { free(c->payload); free(c); }
static void clear(struct stack *s) { while (s->top) free_command(s->items[--s->top]); }

static void execute(struct doc *d, struct command *c) {
    c->apply(d, c);
    undo_stack.items[undo_stack.top++] = c;
    clear(&redo_stack);
}

static struct command *make_insert(size_t pos, const char *s) {
    struct command *c = malloc(sizeof *c);
    if (!c) return NULL;
    *c = (struct command){ insert_apply, insert_revert, pos, dup_range(s, strlen(s)) };
    return c;
}

/* A delete is an insert run backwards: it remembers the removed text so it can be undone. */
static struct command *make_delete(const struct doc *d, size_t pos, size_t n) {
    struct command *c = malloc(sizeof *c);
    if (!c) return NULL;
    *c = (struct command){ insert_revert, insert_apply, pos, dup_range(d->text + pos, n) };
    return c;
}

static int undo(struct doc *d) {
    if (!undo_stack.top) return 0;
    struct command *c = undo_stack.items[--undo_stack.top];
    c->revert(d, c);
    redo_stack.items[redo_stack.top++] = c;
    return 1;
}
static int redo(struct doc *d) {
    if (!redo_stack.top) return 0;
    struct command *c = redo_stack.items[--redo_stack.top];
    c->apply(d, c);
    undo_stack.items[undo_stack.top++] = c;
    return 1;
}

static void show(const char *what, const struct doc *d) { printf("%-14s \"%s\" (undo %d, redo %d)\n", what, d->text, undo_stack.top, redo_stack.top); }

int main(void) {
    struct doc d = { "" };
    execute(&d, make_insert(0, "hello world")); show("insert", &d);
    execute(&d, make_insert(5, ",")); show("insert comma", &d);
    execute(&d, make_delete(&d, 7, 5)); show("delete word", &d);
    execute(&d, make_insert(7, "there")); show("insert there", &d);
    undo(&d); show("undo", &d);
    undo(&d); show("undo", &d);
    redo(&d); show("redo", &d);
    execute(&d, make_insert(0, ">> ")); show("new edit", &d);
    printf("redo possible: %d\n", redo(&d));
    while (undo(&d)) { }
    show("undo all", &d);
    while (redo(&d)) { }
    show("redo all", &d);
    clear(&undo_stack);
    clear(&redo_stack);
    return 0;
}
