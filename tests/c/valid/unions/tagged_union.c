// Unions: tagged unions (variant values) with a switch over the tag; only the active member is read.
// expect-exit: 0
// expect-stdout:
// | int 40
// | real 2.500
// | text hi
// | int 80
// | real 42.500
#include <stdio.h>
enum kind { K_INT, K_REAL, K_TEXT };
struct value { enum kind kind; union { long i; double r; const char *s; } as; };
static void print(struct value v) {
    switch (v.kind) {
    case K_INT: printf("int %ld\n", v.as.i); break;
    case K_REAL: printf("real %.3f\n", v.as.r); break;
    case K_TEXT: printf("text %s\n", v.as.s); break;
    }
}
static struct value add(struct value a, struct value b) {
    if (a.kind == K_INT && b.kind == K_INT) return (struct value){ K_INT, { .i = a.as.i + b.as.i } };
    double x = a.kind == K_INT ? (double)a.as.i : a.as.r;
    double y = b.kind == K_INT ? (double)b.as.i : b.as.r;
    return (struct value){ K_REAL, { .r = x + y } };
}
int main(void) {
    struct value vs[] = { { K_INT, { .i = 40 } }, { K_REAL, { .r = 2.5 } }, { K_TEXT, { .s = "hi" } } };
    for (int i = 0; i < 3; i++) print(vs[i]);
    print(add(vs[0], vs[0]));
    print(add(vs[0], vs[1]));
    return 0;
}
