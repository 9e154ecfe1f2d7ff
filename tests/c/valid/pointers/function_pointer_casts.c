// Pointers: converting function pointers to another function pointer type and back (C17 6.3.2.3p8).
// expect-exit: 0
// expect-stdout:
// | 5 2.50
// | 1
#include <stdio.h>
typedef void (*generic_fn)(void);
static int add(int a, int b) { return a + b; }
static double half(double x) { return x / 2; }
int main(void) {
    generic_fn table[2] = { (generic_fn)add, (generic_fn)half };
    int (*a)(int, int) = (int (*)(int, int))table[0];
    double (*h)(double) = (double (*)(double))table[1];
    printf("%d %.2f\n", a(2, 3), h(5));
    printf("%d\n", (int (*)(int, int))table[0] == add);
    return 0;
}
