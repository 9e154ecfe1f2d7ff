// Pointers: container_of via offsetof: from a member pointer back to the enclosing struct.
// expect-exit: 0
// expect-stdout:
// | 1 one
// | 2 two
// | 3 three
// | 4.5
#include <stdio.h>
#include <stddef.h>
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct link { struct link *next; };
struct item { int id; double weight; struct link node; char name[8]; };
int main(void) {
    struct item items[3] = { { 1, 0.5, { 0 }, "one" }, { 2, 1.5, { 0 }, "two" }, { 3, 2.5, { 0 }, "three" } };
    items[0].node.next = &items[1].node;
    items[1].node.next = &items[2].node;
    items[2].node.next = NULL;
    double total = 0;
    for (struct link *l = &items[0].node; l; l = l->next) {
        struct item *it = container_of(l, struct item, node);
        printf("%d %s\n", it->id, it->name);
        total += it->weight;
    }
    printf("%.1f\n", total);
    return 0;
}
