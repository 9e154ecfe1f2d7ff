// Preprocessor: __COUNTER__ increments on each expansion; unique names via pasting.
// expect-exit: 0
// expect-stdout:
// | 0 1
// | 1 2
// | 4
#include <stdio.h>
#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define UNIQUE(p) CAT(p, __COUNTER__)
int main(void) {
    int a = __COUNTER__;
    int b = __COUNTER__;
    int UNIQUE(tmp) = 1, UNIQUE(tmp) = 2;
    printf("%d %d\n", a, b);
    printf("%d %d\n", tmp2, tmp3);
    printf("%d\n", __COUNTER__);
    return 0;
}
