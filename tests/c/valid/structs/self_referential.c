// Structs: self-referential and mutually referential structs (tree of nodes with parent links).
// expect-exit: 0
// expect-stdout:
// | 2 ann ann
#include <stdio.h>
struct dept;
struct employee { const char *name; struct dept *dept; struct employee *boss; };
struct dept { const char *title; struct employee *head; };
int main(void) {
    struct dept eng = { "eng", NULL };
    struct employee ann = { "ann", &eng, NULL };
    struct employee bob = { "bob", &eng, &ann };
    struct employee cy = { "cy", &eng, &bob };
    eng.head = &ann;
    int depth = 0;
    for (struct employee *e = &cy; e->boss; e = e->boss) depth++;
    printf("%d %s %s\n", depth, cy.dept->head->name, cy.boss->boss->name);
    return 0;
}
