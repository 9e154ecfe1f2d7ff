// Bit-fields: unsigned/signed fields, wrap on overflow of unsigned fields, sign of signed fields.
// expect-exit: 0
// expect-stdout:
// | 1 7 -8 15 1
// | 0 -8
// | 0
// | 4
#pragma GCC diagnostic ignored "-Woverflow"
#include <stdio.h>
struct flags { unsigned a : 1; unsigned b : 3; signed c : 4; int d : 5; _Bool e : 1; };
int main(void) {
    struct flags f = { 1, 7, -8, 15, 1 };
    printf("%u %u %d %d %d\n", f.a, f.b, f.c, f.d, f.e);
    f.b += 1;                  /* wraps to 0 */
    f.c = 7;
    f.c += 1;                  /* out of range for signed: gcc wraps (implementation-defined) */
    printf("%u %d\n", f.b, f.c);
    f.a = 2;                   /* only the low bit is kept */
    printf("%u\n", f.a);
    printf("%zu\n", sizeof(struct flags));
    return 0;
}
