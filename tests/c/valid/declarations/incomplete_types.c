// Declarations: forward-declared structs, incomplete arrays completed later, void pointers.
// expect-exit: 0
// expect-stdout:
// | 3 10
// | 16
#include <stdio.h>
struct node;                        /* incomplete */
struct list { struct node *head; int len; };
struct node { int value; struct node *next; };
extern int table[];                 /* incomplete array type */
static int total(void);
int table[] = { 1, 2, 3, 4 };       /* completed: int[4] */
static int total(void) {
    int t = 0;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) t += table[i];
    return t;
}
int main(void) {
    struct node b = { 2, 0 }, a = { 1, &b };
    struct list l = { &a, 2 };
    int sum = 0;
    for (struct node *n = l.head; n; n = n->next) sum += n->value;
    printf("%d %d\n", sum, total());
    printf("%zu\n", sizeof table);
    return 0;
}
