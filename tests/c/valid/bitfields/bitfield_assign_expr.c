// Bit-fields: value of an assignment to a bit-field is the truncated value; compound ops on fields.
// expect-exit: 0
// expect-stdout:
// | 5 5
// | 0
// | 15
// | -8
// | 14
#pragma GCC diagnostic ignored "-Woverflow"
#include <stdio.h>
struct s { unsigned u4 : 4; int s4 : 4; };
int main(void) {
    struct s v = { 0, 0 };
    unsigned r = (v.u4 = 21);
    printf("%u %u\n", r, v.u4);
    v.u4 = 15;
    v.u4++;
    printf("%u\n", v.u4);
    v.u4 -= 1;
    printf("%u\n", v.u4);
    v.s4 = -8;
    printf("%d\n", v.s4);
    v.u4 <<= 1;
    printf("%u\n", v.u4);
    return 0;
}
