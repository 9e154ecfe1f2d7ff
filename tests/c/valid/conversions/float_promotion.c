// Conversions: float arguments to variadic functions promote to double; float arithmetic stays float.
// expect-exit: 0
// expect-stdout:
// | 3.750
// | 4
// | 3 4
// | 0
// | 1
#include <stdio.h>
#include <stdarg.h>
static double sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}
int main(void) {
    float a = 1.25f, b = 2.5f;
    printf("%.3f\n", sum(2, a, b));
    printf("%zu\n", sizeof(a * b));
    char c = 3;
    short s = 4;
    printf("%d %d\n", c, s);
    float third = 1.0f / 3;
    printf("%d\n", third == 1.0 / 3);
    printf("%d\n", third == (float)(1.0 / 3));
    return 0;
}
