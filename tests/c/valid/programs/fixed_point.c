// Programs: Q16.16 fixed-point arithmetic: multiply, divide, square root by Newton iteration.
// expect-exit: 0
// expect-stdout:
// | a*b 7.87500
// | a/b 1.55554
// | sqrt2 1.41419
// | sqrt(b) 1.50000
#include <stdio.h>
#include <stdint.h>
typedef int32_t fix;
#define FIX_ONE (1 << 16)
static fix from_int(int v) { return v * FIX_ONE; }
static fix fmul(fix a, fix b) { return (fix)(((int64_t)a * b) >> 16); }
static fix fdiv(fix a, fix b) { return (fix)(((int64_t)a << 16) / b); }
static fix fsqrt(fix a) {
    fix x = a > FIX_ONE ? a / 2 : FIX_ONE;
    for (int i = 0; i < 20; i++) x = (x + fdiv(a, x)) / 2;
    return x;
}
static void show(const char *label, fix v) {
    printf("%s %d.%05d\n", label, v >> 16, (int)(((int64_t)(v & 0xFFFF) * 100000) >> 16));
}
int main(void) {
    fix a = from_int(3) + FIX_ONE / 2;   /* 3.5 */
    fix b = from_int(2) + FIX_ONE / 4;   /* 2.25 */
    show("a*b", fmul(a, b));
    show("a/b", fdiv(a, b));
    show("sqrt2", fsqrt(from_int(2)));
    show("sqrt(b)", fsqrt(b));
    return 0;
}
