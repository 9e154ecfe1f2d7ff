// Expressions: nested function calls as arguments and the results used in expressions.
// expect-exit: 0
// expect-stdout:
// | 1
// | 31
// | 21
#include <stdio.h>
static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
static int neg(int a) { return -a; }
int main(void) {
    printf("%d\n", add(mul(2, 3), neg(add(1, mul(2, 2)))));
    printf("%d\n", mul(add(1, 2), add(3, 4)) - neg(10));
    int (*ops[])(int, int) = { add, mul };
    printf("%d\n", ops[1](ops[0](1, 2), ops[0](3, 4)));
    return 0;
}
