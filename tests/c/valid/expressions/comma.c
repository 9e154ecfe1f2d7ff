// Expressions: comma operator: sequencing, value of the right operand, in for and in arguments.
// expect-exit: 0
// expect-stdout:
// | 3 3
// | 5 5
// | 10
// | 20
// | 1
#pragma GCC diagnostic ignored "-Wunused-value"
#include <stdio.h>
static int calls = 0;
static int tick(int v) { calls++; return v; }
int main(void) {
    int x = (tick(1), tick(2), tick(3));
    printf("%d %d\n", x, calls);
    int i, j;
    for (i = 0, j = 10; i < j; i++, j--) {}
    printf("%d %d\n", i, j);
    printf("%d\n", (x = 5, x * 2));
    int y = 0;
    y = (y += 2, y * 10);
    printf("%d\n", y);
    printf("%zu\n", sizeof(0, (char)1));
    return 0;
}
