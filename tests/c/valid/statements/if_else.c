// Statements: if/else chains, dangling else binds to the nearest if (C17 6.8.4.1).
// expect-exit: 0
// expect-stdout:
// | negative zero small large
// | 2
// | empty then-branch
#pragma GCC diagnostic ignored "-Wdangling-else"
#include <stdio.h>
static const char *classify(int n) {
    if (n < 0) return "negative";
    else if (n == 0) return "zero";
    else if (n < 10) return "small";
    else return "large";
}
int main(void) {
    printf("%s %s %s %s\n", classify(-5), classify(0), classify(3), classify(50));
    int a = 1, b = 0, r = 0;
    if (a)
        if (b) r = 1;
        else r = 2;        /* belongs to "if (b)" */
    printf("%d\n", r);
    if (0) ; else puts("empty then-branch");
    if (a) { }
    return 0;
}
