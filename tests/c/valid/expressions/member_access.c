// Expressions: . and -> on nested structs, arrays of structs, via pointers and compound literals.
// expect-exit: 0
// expect-stdout:
// | a 3
// | b 4
// | 5 2
// | 1
// | b 6
// | 8
#include <stdio.h>
struct inner { int v[3]; };
struct outer { const char *name; struct inner in; struct outer *next; };
int main(void) {
    struct outer b = { "b", { { 4, 5, 6 } }, 0 };
    struct outer a = { "a", { { 1, 2, 3 } }, &b };
    printf("%s %d\n", a.name, a.in.v[2]);
    printf("%s %d\n", a.next->name, a.next->in.v[0]);
    struct outer *p = &a;
    printf("%d %d\n", p->next->in.v[1], (*p).in.v[1]);
    printf("%d\n", (&a)->next->next == 0);
    struct outer arr[2] = { a, b };
    printf("%s %d\n", arr[1].name, arr[0].next->in.v[2]);
    printf("%d\n", ((struct inner){ { 7, 8, 9 } }).v[1]);
    return 0;
}
