// Expressions: < > <= >= == != on integers, floats and pointers into the same array.
// expect-exit: 0
// expect-stdout:
// | 1 0 1 1
// | 1 1
// | 1
// | 0 1
// | 1
// | 1 1
#pragma GCC diagnostic ignored "-Wtautological-compare"
#include <stdio.h>
int main(void) {
    int a[5];
    int *p = &a[1], *q = &a[3];
    printf("%d %d %d %d\n", p < q, p > q, p <= p, q >= p);
    printf("%d %d\n", p == &a[1], p != q);
    printf("%d\n", &a[5] > q);
    double x = 0.1 + 0.2;
    printf("%d %d\n", x == 0.3, x > 0.3);
    printf("%d\n", -0.0 == 0.0);
    printf("%d %d\n", 3 <= 3, 'a' < 'b');
    return 0;
}
