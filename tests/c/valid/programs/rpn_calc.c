// Programs: reverse Polish notation calculator using strtod and a stack of doubles.
// expect-exit: 0
// expect-stdout:
// | 3 4 + 2 * => 14
// | 5 1 2 + 4 * + 3 - => 14
// | 2.5 4 / => 0.625
// | 1 + => error
// | 1 2 x => error
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int eval(const char *src, double *out) {
    double st[32];
    int sp = 0;
    char buf[128];
    strncpy(buf, src, sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    for (char *t = strtok(buf, " "); t; t = strtok(NULL, " ")) {
        if (strlen(t) == 1 && strchr("+-*/", t[0])) {
            if (sp < 2) return 0;
            double b = st[--sp], a = st[--sp];
            switch (t[0]) { case '+': a += b; break; case '-': a -= b; break; case '*': a *= b; break; case '/': a /= b; break; }
            st[sp++] = a;
        } else {
            char *end;
            st[sp++] = strtod(t, &end);
            if (*end) return 0;
        }
    }
    if (sp != 1) return 0;
    *out = st[0];
    return 1;
}
int main(void) {
    const char *progs[] = { "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2.5 4 /", "1 +", "1 2 x" };
    for (int i = 0; i < 5; i++) {
        double v;
        if (eval(progs[i], &v)) printf("%s => %g\n", progs[i], v);
        else printf("%s => error\n", progs[i]);
    }
    return 0;
}
