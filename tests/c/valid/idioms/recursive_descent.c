// Idioms: a recursive descent evaluator for integer expressions with variables, precedence, unary ops, ?: and errors.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 1 + 2 * 3                    = 7
// | (1 + 2) * 3                  = 9
// | 2 ** 3 ** 2                  = 512
// | -2 ** 2                      = 4
// | 17 % 5 - 10 / 3              = -1
// | x = 6 * 7                    = 42
// | x / 2 + x % 5                = 23
// | y = x > 40 ? x - 40 : 0      = 2
// | y * 100 + !y + ~0            = 199
// | 1 < 2 == 1                   = 1
// | (1 + 2                       error: expected token at offset 6
// | 4 / (2 - 2)                  error: division by zero at offset 11
// | 3 + * 4                      error: expected a value at offset 4
// | 5 5                          error: trailing input at offset 2
// | x=42 y=2
#include <ctype.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

struct parser { const char *p; jmp_buf fail; const char *error; long vars[26]; };

static void error(struct parser *ps, const char *msg) { ps->error = msg; longjmp(ps->fail, 1); }
static void skip(struct parser *ps) { while (isspace((unsigned char)*ps->p)) ps->p++; }
static int accept(struct parser *ps, const char *tok) {
    skip(ps);
    size_t n = strlen(tok);
    if (strncmp(ps->p, tok, n) == 0) { ps->p += n; return 1; }
    return 0;
}
static void expect(struct parser *ps, const char *tok) { if (!accept(ps, tok)) error(ps, "expected token"); }

static long expr(struct parser *ps);

static long primary(struct parser *ps) {
    skip(ps);
    if (accept(ps, "(")) { long v = expr(ps); expect(ps, ")"); return v; }
    if (isdigit((unsigned char)*ps->p)) {
        long v = 0;
        while (isdigit((unsigned char)*ps->p)) v = v * 10 + (*ps->p++ - '0');
        return v;
    }
    if (*ps->p >= 'a' && *ps->p <= 'z') {
        int idx = *ps->p++ - 'a';
        if (accept(ps, "=") ) { if (*ps->p == '=') error(ps, "unexpected =="); long v = expr(ps); ps->vars[idx] = v; return v; }
        return ps->vars[idx];
    }
    error(ps, "expected a value");
    return 0;
}

static long unary(struct parser *ps) {
    if (accept(ps, "-")) return -unary(ps);
    if (accept(ps, "!")) return !unary(ps);
    if (accept(ps, "~")) return ~unary(ps);
    return primary(ps);
}

static long power(struct parser *ps) {
    long base = unary(ps);
    if (accept(ps, "**")) {
        long e = power(ps); /* right associative */
        if (e < 0) error(ps, "negative exponent");
        long r = 1;
        while (e-- > 0) r *= base;
        return r;
    }
    return base;
}

static long term(struct parser *ps) {
    long v = power(ps);
    for (;;) {
        if (accept(ps, "*")) v *= power(ps);
        else if (accept(ps, "/")) { long d = power(ps); if (d == 0) error(ps, "division by zero"); v /= d; }
        else if (accept(ps, "%")) { long d = power(ps); if (d == 0) error(ps, "division by zero"); v %= d; }
        else return v;
    }
}

static long sum(struct parser *ps) {
    long v = term(ps);
    for (;;) {
        if (accept(ps, "+")) v += term(ps);
        else if (accept(ps, "-")) v -= term(ps);
        else return v;
    }
}

static long compare(struct parser *ps) {
    long v = sum(ps);
    for (;;) {
        if (accept(ps, "<=")) v = v <= sum(ps);
        else if (accept(ps, ">=")) v = v >= sum(ps);
        else if (accept(ps, "<")) v = v < sum(ps);
        else if (accept(ps, ">")) v = v > sum(ps);
        else if (accept(ps, "==")) v = v == sum(ps);
        else if (accept(ps, "!=")) v = v != sum(ps);
        else return v;
    }
}

static long expr(struct parser *ps) {
    long c = compare(ps);
    if (accept(ps, "?")) {
        long a = expr(ps);
        expect(ps, ":");
        long b = expr(ps);
        return c ? a : b;
    }
    return c;
}

static void evaluate(struct parser *ps, const char *src) {
    ps->p = src; ps->error = NULL;
    if (setjmp(ps->fail)) { printf("%-28s error: %s at offset %td\n", src, ps->error, ps->p - src); return; }
    long v = expr(ps);
    skip(ps);
    if (*ps->p) error(ps, "trailing input");
    printf("%-28s = %ld\n", src, v);
}

int main(void) {
    struct parser ps;
    memset(&ps, 0, sizeof ps);
    const char *inputs[] = {
        "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "17 % 5 - 10 / 3", "x = 6 * 7", "x / 2 + x % 5",
        "y = x > 40 ? x - 40 : 0", "y * 100 + !y + ~0", "1 < 2 == 1", "(1 + 2", "4 / (2 - 2)", "3 + * 4", "5 5",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) evaluate(&ps, inputs[i]);
    printf("x=%ld y=%ld\n", ps.vars['x' - 'a'], ps.vars['y' - 'a']);
    return 0;
}
