// Preprocessor: rescanning, self-reference is not re-expanded, function-like names without ().
// expect-exit: 0
// expect-stdout:
// | 6
// | 20
// | 30
// | 1004
// | 50
// | 1007
#include <stdio.h>
static int foo = 5;
#define foo (foo + 1)
#define f(x) (x * 10)
#define g f
#define h(x) g(x)
#define paren_later f
static int (f)(int x) { return x + 1000; }
int main(void) {
    printf("%d\n", foo);
    printf("%d\n", g(2));
    printf("%d\n", h(3));
    printf("%d\n", (f)(4));
    printf("%d\n", paren_later (5));
    int (*fp)(int) = f;
    printf("%d\n", fp(7));
    return 0;
}
