// Declarations: typedef of an incomplete struct used inside its own definition and in other structs.
// expect-exit: 0
// expect-stdout:
// | 2 1
// | 2 1
#include <stdio.h>
#include <stddef.h>
typedef struct node node;
typedef struct graph graph;
struct node { int id; node *next; graph *owner; };
struct graph { node *first; int count; };
static void add(graph *g, node *n) { n->next = g->first; n->owner = g; g->first = n; g->count++; }
int main(void) {
    graph g = { NULL, 0 };
    node a = { 1, NULL, NULL }, b = { 2, NULL, NULL };
    add(&g, &a);
    add(&g, &b);
    for (node *n = g.first; n; n = n->next) printf("%d%s", n->id, n->next ? " " : "\n");
    printf("%d %d\n", g.count, a.owner == &g);
    return 0;
}
