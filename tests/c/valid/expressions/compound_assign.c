// Expressions: every compound assignment operator, with conversions back to the left type.
// expect-exit: 0
// expect-stdout:
// | 105
// | 95
// | 285
// | 40
// | 4
// | 64
// | 16
// | 0
// | 48
// | 207
// | 127
// | 25
// | 0.25
// | 3
#include <stdio.h>
int main(void) {
    int x = 100;
    x += 5; printf("%d\n", x);
    x -= 10; printf("%d\n", x);
    x *= 3; printf("%d\n", x);
    x /= 7; printf("%d\n", x);
    x %= 9; printf("%d\n", x);
    x <<= 4; printf("%d\n", x);
    x >>= 2; printf("%d\n", x);
    x &= 0xc; printf("%d\n", x);
    x |= 0x30; printf("%d\n", x);
    x ^= 0xff; printf("%d\n", x);
    char c = 100;
    c += 27;
    printf("%d\n", c);
    int i = 10;
    i *= 2.5;
    printf("%d\n", i);
    double d = 1;
    d /= 4;
    printf("%.2f\n", d);
    int arr[3] = { 1, 2, 3 }, *p = arr;
    p += 2;
    printf("%d\n", *p);
    return 0;
}
