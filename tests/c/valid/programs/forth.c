// Programs: a tiny Forth-like interpreter with a data stack, user-defined words and loops.
// expect-exit: 0
// expect-stdout:
// |  5 49 27 -6
// |  14 -12
// | depth 0
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
static long stack[64];
static int sp;
static char defs[8][2][64];
static int ndefs;
static void run(const char *src);
static void word(const char *w) {
    for (int i = 0; i < ndefs; i++) if (strcmp(defs[i][0], w) == 0) { run(defs[i][1]); return; }
    if (isdigit((unsigned char)w[0]) || (w[0] == '-' && w[1])) { stack[sp++] = strtol(w, NULL, 10); return; }
    long b, a;
    if (!strcmp(w, "dup")) { stack[sp] = stack[sp - 1]; sp++; }
    else if (!strcmp(w, "drop")) sp--;
    else if (!strcmp(w, "swap")) { b = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = b; }
    else if (!strcmp(w, ".")) printf(" %ld", stack[--sp]);
    else if (!strcmp(w, "cr")) printf("\n");
    else { b = stack[--sp]; a = stack[--sp];
        switch (w[0]) { case '+': a += b; break; case '-': a -= b; break; case '*': a *= b; break; case '/': a /= b; break; }
        stack[sp++] = a; }
}
static void run(const char *src) {
    char buf[256];
    strcpy(buf, src);
    char *save = NULL;
    for (char *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
        if (!strcmp(t, ":")) {
            char *name = strtok_r(NULL, " ", &save);
            strcpy(defs[ndefs][0], name);
            defs[ndefs][1][0] = 0;
            for (char *b = strtok_r(NULL, " ", &save); b && strcmp(b, ";"); b = strtok_r(NULL, " ", &save)) {
                strcat(defs[ndefs][1], b); strcat(defs[ndefs][1], " ");
            }
            ndefs++;
        } else word(t);
    }
}
int main(void) {
    run(": sq dup * ; : cube dup sq * ;");
    run("2 3 + . 7 sq . 3 cube . 10 4 swap - . cr");
    run("100 7 / . -6 2 * . cr");
    printf("depth %d\n", sp);
    return 0;
}
