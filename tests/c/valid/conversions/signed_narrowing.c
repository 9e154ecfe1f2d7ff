// Conversions: out-of-range conversion to signed types is implementation-defined; gcc reduces modulo 2^N.
// expect-exit: 0
// expect-stdout:
// | 44 4464 -1 878082192
// | -128
// | -32768
#include <stdio.h>
int main(void) {
    int big = 300;
    signed char sc = (signed char)big;
    short sh = (short)70000;
    int i = (int)4294967295u;
    long long ll = 0x1234567890LL;
    int low = (int)ll;
    printf("%d %d %d %d\n", sc, sh, i, low);
    printf("%d\n", (signed char)0x80);
    printf("%d\n", (short)0x8000);
    return 0;
}
