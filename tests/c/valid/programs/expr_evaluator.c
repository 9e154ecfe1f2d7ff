// Programs: recursive-descent expression evaluator with precedence, unary minus, parentheses, variables.
// expect-exit: 0
// expect-stdout:
// | 1 + 2 * 3      = 7
// | (1 + 2) * 3    = 9
// | 2 ^ 3 ^ 2      = 512
// | -x * (y - 1)   = -12
// | 10 / 4         = 2.5
// | 7 - 2 - 1      = 4
// | (1 + 2         error
#include <stdio.h>
#include <ctype.h>
struct parser { const char *p; double vars[26]; int error; };
static double expr(struct parser *ps);
static void skip(struct parser *ps) { while (*ps->p == ' ') ps->p++; }
static double factor(struct parser *ps) {
    skip(ps);
    if (*ps->p == '-') { ps->p++; return -factor(ps); }
    if (*ps->p == '(') {
        ps->p++;
        double v = expr(ps);
        skip(ps);
        if (*ps->p == ')') ps->p++; else ps->error = 1;
        return v;
    }
    if (islower((unsigned char)*ps->p)) return ps->vars[*ps->p++ - 'a'];
    if (isdigit((unsigned char)*ps->p)) {
        double v = 0;
        while (isdigit((unsigned char)*ps->p)) v = v * 10 + (*ps->p++ - '0');
        return v;
    }
    ps->error = 1;
    return 0;
}
static double power(struct parser *ps) {
    double b = factor(ps);
    skip(ps);
    if (*ps->p == '^') { ps->p++; double e = power(ps); double r = 1; for (int i = 0; i < (int)e; i++) r *= b; return r; }
    return b;
}
static double term(struct parser *ps) {
    double v = power(ps);
    for (;;) {
        skip(ps);
        if (*ps->p == '*') { ps->p++; v *= power(ps); }
        else if (*ps->p == '/') { ps->p++; v /= power(ps); }
        else return v;
    }
}
static double expr(struct parser *ps) {
    double v = term(ps);
    for (;;) {
        skip(ps);
        if (*ps->p == '+') { ps->p++; v += term(ps); }
        else if (*ps->p == '-') { ps->p++; v -= term(ps); }
        else return v;
    }
}
int main(void) {
    const char *inputs[] = { "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * (y - 1)", "10 / 4", "7 - 2 - 1", "(1 + 2" };
    for (int i = 0; i < 7; i++) {
        struct parser ps = { inputs[i], { 0 }, 0 };
        ps.vars['x' - 'a'] = 3; ps.vars['y' - 'a'] = 5;
        double v = expr(&ps);
        if (ps.error || *ps.p) printf("%-14s error\n", inputs[i]);
        else printf("%-14s = %g\n", inputs[i], v);
    }
    return 0;
}
