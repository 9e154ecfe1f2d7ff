// Statements: while loops with assignments, comma expressions and function calls in the condition.
// expect-exit: 0
// expect-stdout:
// | 14 6
// | 4 6
// | 4
#include <stdio.h>
static int pos = 0;
static int next(void) { static const int data[] = { 3, 1, 4, 1, 5, -1 }; return data[pos++]; }
int main(void) {
    int v, sum = 0;
    while ((v = next()) >= 0) sum += v;
    printf("%d %d\n", sum, pos);
    int a = 10, b = 0;
    while (b++, a-- > 5) {}
    printf("%d %d\n", a, b);
    unsigned n = 1000;
    int digits = 0;
    while (n) n /= 10, digits++;
    printf("%d\n", digits);
    return 0;
}
