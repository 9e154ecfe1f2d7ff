// Conversions: conversions to _Bool from doubles, pointers, and large integers; bool arithmetic.
// expect-exit: 0
// expect-stdout:
// | 1 0 1
// | 2
// | 1
// | 1
#include <stdio.h>
#include <stdbool.h>
int main(void) {
    bool from_small_double = 0.0001, from_neg_zero = -0.0, from_big = 0x100000000LL;
    printf("%d %d %d\n", from_small_double, from_neg_zero, from_big);
    bool flags[] = { 3, 0, -1 };
    int sum = flags[0] + flags[1] + flags[2];
    printf("%d\n", sum);
    bool b = true;
    b = b + 1;
    printf("%d\n", b);
    printf("%d\n", (bool)2 == (bool)1);
    return 0;
}
