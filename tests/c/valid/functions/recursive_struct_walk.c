// Functions: recursive traversal of a static expression tree with a function per node kind.
// expect-exit: 0
// expect-stdout:
// | (((2 + 3) * 4) - 2) = 18
#include <stdio.h>
struct expr { char op; int value; const struct expr *l, *r; };
static int eval(const struct expr *e) {
    switch (e->op) {
    case '+': return eval(e->l) + eval(e->r);
    case '-': return eval(e->l) - eval(e->r);
    case '*': return eval(e->l) * eval(e->r);
    default: return e->value;
    }
}
static void show(const struct expr *e) {
    if (!e->op) { printf("%d", e->value); return; }
    putchar('('); show(e->l); printf(" %c ", e->op); show(e->r); putchar(')');
}
int main(void) {
    static const struct expr two = { 0, 2, 0, 0 }, three = { 0, 3, 0, 0 }, four = { 0, 4, 0, 0 };
    static const struct expr sum = { '+', 0, &two, &three };
    static const struct expr prod = { '*', 0, &sum, &four };
    static const struct expr root = { '-', 0, &prod, &two };
    show(&root);
    printf(" = %d\n", eval(&root));
    return 0;
}
