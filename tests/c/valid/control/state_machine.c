// Control: a table-driven state machine recognising signed decimal numbers with optional fraction.
// expect-exit: 0
// expect-stdout:
// | 42     yes
// | -3.14  yes
// | +      no
// | 1.     no
// | .5     no
// | 12a    no
// | -0.0   yes
#include <stdio.h>
#include <ctype.h>
enum state { START, SIGN, INT, DOT, FRAC, ERROR, NSTATES };
enum cls { C_SIGN, C_DIGIT, C_DOT, C_OTHER };
static const enum state next[NSTATES][4] = {
    [START] = { SIGN, INT, ERROR, ERROR },
    [SIGN]  = { ERROR, INT, ERROR, ERROR },
    [INT]   = { ERROR, INT, DOT, ERROR },
    [DOT]   = { ERROR, FRAC, ERROR, ERROR },
    [FRAC]  = { ERROR, FRAC, ERROR, ERROR },
    [ERROR] = { ERROR, ERROR, ERROR, ERROR },
};
static enum cls classify(char c) {
    if (c == '+' || c == '-') return C_SIGN;
    if (isdigit((unsigned char)c)) return C_DIGIT;
    return c == '.' ? C_DOT : C_OTHER;
}
static int accepts(const char *s) {
    enum state st = START;
    for (; *s; s++) st = next[st][classify(*s)];
    return st == INT || st == FRAC;
}
int main(void) {
    const char *inputs[] = { "42", "-3.14", "+", "1.", ".5", "12a", "-0.0" };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++)
        printf("%-6s %s\n", inputs[i], accepts(inputs[i]) ? "yes" : "no");
    return 0;
}
