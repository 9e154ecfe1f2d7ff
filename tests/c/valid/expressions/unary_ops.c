// Expressions: unary + - ~ ! & * on various types.
// expect-exit: 0
// expect-stdout:
// | 5 -5 -6 0
// | 4294967291 4294967290
// | -2.5 0
// | 5 5
// | 5
// | 1
// | 5
// | 5
// | 6
#include <stdio.h>
int main(void) {
    int x = 5;
    unsigned u = 5;
    double d = 2.5;
    printf("%d %d %d %d\n", +x, -x, ~x, !x);
    printf("%u %u\n", -u, ~u);
    printf("%.1f %d\n", -d, !d);
    int *p = &x;
    int **pp = &p;
    printf("%d %d\n", *p, **pp);
    printf("%d\n", *&x);
    printf("%d\n", &*p == p);
    printf("%d\n", - - x);
    printf("%d\n", -(-x));
    printf("%d\n", !!x + ~~x);
    return 0;
}
