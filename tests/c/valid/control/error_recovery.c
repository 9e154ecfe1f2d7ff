// Control: setjmp-based error recovery in a recursive descent parser.
// expect-exit: 0
// expect-stdout:
// | 1+2*3 = 7
// | (1+2)*3 = 9
// | 2*(3+4: error 2 at offset 6
// | 5+*2: error 1 at offset 2
#include <stdio.h>
#include <setjmp.h>
static jmp_buf on_error;
static int error_code;
#define FAIL(code) do { error_code = (code); longjmp(on_error, 1); } while (0)
static const char *pos;
static int expr(void);
static int primary(void) {
    if (*pos == '(') { pos++; int v = expr(); if (*pos != ')') FAIL(2); pos++; return v; }
    if (*pos < '0' || *pos > '9') FAIL(1);
    int v = 0;
    while (*pos >= '0' && *pos <= '9') v = v * 10 + (*pos++ - '0');
    return v;
}
static int term(void) { int v = primary(); while (*pos == '*') { pos++; v *= primary(); } return v; }
static int expr(void) { int v = term(); while (*pos == '+') { pos++; v += term(); } return v; }
static void run(const char *src) {
    pos = src;
    if (setjmp(on_error) == 0) printf("%s = %d\n", src, expr());
    else printf("%s: error %d at offset %d\n", src, error_code, (int)(pos - src));
}
int main(void) {
    run("1+2*3");
    run("(1+2)*3");
    run("2*(3+4");
    run("5+*2");
    return 0;
}
