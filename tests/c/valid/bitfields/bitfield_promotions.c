// Bit-fields: promotion of bit-fields in expressions (narrow unsigned fields promote to int).
// expect-exit: 0
// expect-stdout:
// | 1
// | 1
// | -10
// | 700
#include <stdio.h>
struct b { unsigned u3 : 3; unsigned u32 : 32; long long l40 : 40; };
int main(void) {
    struct b v = { 0, 0, 0 };
    printf("%d\n", v.u3 - 1 < 0);          /* int arithmetic: -1 < 0 */
    printf("%d\n", v.u32 - 1 > 0);         /* unsigned int arithmetic wraps */
    v.l40 = -5;
    printf("%lld\n", (long long)v.l40 * 2);
    v.u3 = 7;
    printf("%d\n", v.u3 * 100);
    return 0;
}
