// Programs: circular doubly linked list with a sentinel; insert, delete, iterate both ways.
// expect-exit: 0
// expect-stdout:
// | 10 20 30 40 | 40 30 20 10
// | 10 30 40
#include <stdio.h>
#include <stdlib.h>
struct dnode { int v; struct dnode *prev, *next; };
static void init(struct dnode *s) { s->prev = s->next = s; }
static void insert_after(struct dnode *pos, struct dnode *n) {
    n->prev = pos; n->next = pos->next; pos->next->prev = n; pos->next = n;
}
static void unlink_node(struct dnode *n) { n->prev->next = n->next; n->next->prev = n->prev; }
int main(void) {
    struct dnode sentinel;
    init(&sentinel);
    for (int i = 1; i <= 4; i++) {
        struct dnode *n = malloc(sizeof *n);
        n->v = i * 10;
        insert_after(sentinel.prev, n);   /* append */
    }
    for (struct dnode *p = sentinel.next; p != &sentinel; p = p->next) printf("%d ", p->v);
    printf("|");
    for (struct dnode *p = sentinel.prev; p != &sentinel; p = p->prev) printf(" %d", p->v);
    printf("\n");
    struct dnode *second = sentinel.next->next;
    unlink_node(second);
    free(second);
    for (struct dnode *p = sentinel.next; p != &sentinel; p = p->next) printf("%d%s", p->v, p->next != &sentinel ? " " : "\n");
    while (sentinel.next != &sentinel) { struct dnode *n = sentinel.next; unlink_node(n); free(n); }
    return 0;
}
