// Declarations: K&R-style (identifier list) function definitions, default promotions.
// std: gnu17
// expect-exit: 0
// expect-stdout:
// | 5
// | 5.00
// | 165
#include <stdio.h>
static int add(a, b)
    int a;
    int b;
{
    return a + b;
}
static double scale(x, factor)
    float x;            /* promoted to double at the call, converted back */
    int factor;
{
    return x * factor;
}
static long untyped_default(a, c)
    long a;
    char c;
{
    return a + c;
}
int main(void) {
    printf("%d\n", add(2, 3));
    printf("%.2f\n", scale(1.25f, 4));
    printf("%ld\n", untyped_default(100L, 'A'));
    return 0;
}
