// Expressions: explicit casts among arithmetic types, to void, to pointers and typedef names.
// expect-exit: 0
// expect-stdout:
// | 3 -3 3
// | 52
// | 3.50
// | 3.00
// | A
// | 1
// | -1
// | 44
// | 0.3333
#include <stdio.h>
typedef unsigned char byte;
int main(void) {
    double d = 3.75;
    printf("%d %ld %u\n", (int)d, (long)-d, (unsigned)(int)d);
    printf("%d\n", (byte)0x1234);
    printf("%.2f\n", (double)7 / 2);
    printf("%.2f\n", (double)(7 / 2));
    (void)d;
    int x = 65;
    printf("%c\n", (char)x);
    printf("%d\n", (int)(_Bool)0.1);
    printf("%d\n", (short)(unsigned short)65535);
    long l = (long)(int)(char)(short)300;
    printf("%ld\n", l);
    float f = (float)1 / 3;
    printf("%.4f\n", (double)f);
    return 0;
}
