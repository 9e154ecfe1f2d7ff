// Programs: a two-phase calculator: tokenize into an array, then evaluate with the shunting-yard algorithm.
// expect-exit: 0
// expect-stdout:
// | 1 + 2 * 3            = 7 (5 tokens)
// | (1 + 2) * 3          = 9 (7 tokens)
// | 100 / 7 % 4          = 2 (5 tokens)
// | 2 * (3 + 4) * 5 - 6  = 64 (11 tokens)
// | 42                   = 42 (1 tokens)
#include <stdio.h>
#include <ctype.h>
struct tok { char kind; long val; };   /* kind: 'n' number, or the operator/paren character */
static int tokenize(const char *s, struct tok *out) {
    int n = 0;
    while (*s) {
        if (isspace((unsigned char)*s)) { s++; continue; }
        if (isdigit((unsigned char)*s)) { long v = 0; while (isdigit((unsigned char)*s)) v = v * 10 + (*s++ - '0'); out[n++] = (struct tok){ 'n', v }; }
        else out[n++] = (struct tok){ *s++, 0 };
    }
    return n;
}
static int prec(char op) { return op == '+' || op == '-' ? 1 : op == '*' || op == '/' || op == '%' ? 2 : 0; }
static long apply(char op, long a, long b) {
    switch (op) { case '+': return a + b; case '-': return a - b; case '*': return a * b; case '/': return a / b; default: return a % b; }
}
static long evaluate(const struct tok *t, int n) {
    long vals[32]; char ops[32]; int nv = 0, no = 0;
    for (int i = 0; i <= n; i++) {
        char k = i < n ? t[i].kind : ')';
        if (k == 'n') { vals[nv++] = t[i].val; continue; }
        if (k == '(') { ops[no++] = k; continue; }
        while (no && ops[no - 1] != '(' && (k == ')' || prec(ops[no - 1]) >= prec(k))) {
            long b = vals[--nv], a = vals[--nv];
            vals[nv++] = apply(ops[--no], a, b);
        }
        if (k == ')') { if (no) no--; } else ops[no++] = k;
    }
    return vals[0];
}
int main(void) {
    const char *inputs[] = { "1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 4", "2 * (3 + 4) * 5 - 6", "42" };
    for (int i = 0; i < 5; i++) {
        struct tok t[32];
        int n = tokenize(inputs[i], t);
        printf("%-20s = %ld (%d tokens)\n", inputs[i], evaluate(t, n), n);
    }
    return 0;
}
