// Expressions: && || ! short-circuit evaluation and results of type int with value 0 or 1.
// expect-exit: 0
// expect-stdout:
// | 0
// | 0
// | 1
// | 1
// | 1
// | 104
// | 1 0 1
// | 0
// | 4
// | 1
#pragma GCC diagnostic ignored "-Wparentheses"
#include <stdio.h>
static int trace = 0;
static int t(int v) { trace = trace * 10 + v; return v; }
int main(void) {
    printf("%d\n", t(0) && t(2));
    printf("%d\n", trace);
    trace = 0;
    printf("%d\n", t(1) || t(3));
    printf("%d\n", trace);
    trace = 0;
    printf("%d\n", t(1) && t(0) || t(4));
    printf("%d\n", trace);
    printf("%d %d %d\n", !0, !5, !!7);
    int *np = 0;
    printf("%d\n", np && *np);
    printf("%zu\n", sizeof(1 && 2));
    printf("%d\n", 0.5 && 2);
    return 0;
}
