// Functions: tables of function pointers indexed by an opcode, a small calculator.
// expect-exit: 0
// expect-stdout:
// | 6+3 = 9
// | 6-3 = 3
// | 6*3 = 18
// | 6/3 = 2
// | 6%3: unknown operator
#include <stdio.h>
typedef double (*op_fn)(double, double);
static double op_add(double a, double b) { return a + b; }
static double op_sub(double a, double b) { return a - b; }
static double op_mul(double a, double b) { return a * b; }
static double op_div(double a, double b) { return a / b; }
static const struct { char sym; op_fn fn; } ops[] = {
    { '+', op_add }, { '-', op_sub }, { '*', op_mul }, { '/', op_div },
};
static op_fn lookup(char c) {
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].sym == c) return ops[i].fn;
    return 0;
}
int main(void) {
    const char *exprs[] = { "6+3", "6-3", "6*3", "6/3", "6%3" };
    for (int i = 0; i < 5; i++) {
        op_fn f = lookup(exprs[i][1]);
        double a = exprs[i][0] - '0', b = exprs[i][2] - '0';
        if (f) printf("%s = %g\n", exprs[i], f(a, b));
        else printf("%s: unknown operator\n", exprs[i]);
    }
    return 0;
}
