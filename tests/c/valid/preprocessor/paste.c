// Preprocessor: the ## operator (C17 6.10.3.3): identifiers, numbers, punctuators.
// expect-exit: 0
// expect-stdout:
// | 10
// | 77
// | 640 480
// | 1234
// | 10
// | 7
// | 10
#include <stdio.h>
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define MAKE_GETTER(name) static int get_##name(void) { return name##_value; }
static int width_value = 640, height_value = 480;
MAKE_GETTER(width)
MAKE_GETTER(height)
#define N 7
int main(void) {
    int CAT(var, 1) = 10, var7 = 77;
    printf("%d\n", var1);
    printf("%d\n", XCAT(var, N));
    printf("%d %d\n", get_width(), get_height());
    printf("%d\n", CAT(12, 34));
    printf("%ld\n", CAT(5, L) * 2);
    int x = 3;
    x CAT(+, =) 4;
    printf("%d\n", x);
    printf("%d\n", CAT(, 9) + CAT(1,));
    return 0;
}
