// Unions: an array of tagged values (a tiny JSON-like document) printed recursively.
// expect-exit: 0
// expect-stdout:
// | [3,[1.5,"x"],[]]
#include <stdio.h>
#include <stddef.h>
enum jkind { J_NUM, J_STR, J_ARR };
struct jval {
    enum jkind kind;
    union { double num; const char *str; struct { const struct jval *items; int n; } arr; } u;
};
static void print(const struct jval *v) {
    switch (v->kind) {
    case J_NUM: printf("%g", v->u.num); break;
    case J_STR: printf("\"%s\"", v->u.str); break;
    case J_ARR:
        putchar('[');
        for (int i = 0; i < v->u.arr.n; i++) { if (i) putchar(','); print(&v->u.arr.items[i]); }
        putchar(']');
        break;
    }
}
int main(void) {
    static const struct jval inner[] = { { J_NUM, { .num = 1.5 } }, { J_STR, { .str = "x" } } };
    static const struct jval outer[] = { { J_NUM, { .num = 3 } }, { J_ARR, { .arr = { inner, 2 } } }, { J_ARR, { .arr = { NULL, 0 } } } };
    struct jval doc = { J_ARR, { .arr = { outer, 3 } } };
    print(&doc);
    putchar('\n');
    return 0;
}
