// Types: function types via typedef, pointers to them, arrays of such pointers, and _Generic on them.
// expect-exit: 0
// expect-stdout:
// | 36.0 2.2
// | 1
// | 2
#include <stdio.h>
typedef double unary_fn(double);
typedef unary_fn *unary_ptr;
static double twice(double x) { return 2 * x; }
static double square(double x) { return x * x; }
int main(void) {
    unary_ptr fs[] = { twice, square };
    unary_fn *g = square;
    double v = 3;
    for (int i = 0; i < 2; i++) v = fs[i](v);
    printf("%.1f %.1f\n", v, g(1.5));
    printf("%d\n", _Generic(twice, double (*)(double): 1, default: 0));
    printf("%zu\n", sizeof fs / sizeof fs[0]);
    return 0;
}
