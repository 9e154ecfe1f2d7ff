// Idioms: Q16.16 fixed-point arithmetic on int32_t with 64-bit intermediates: multiply, divide, rounding, sqrt by Newton, sin by polynomial.
// std: c17
// expect-exit: 0
// expect-stdout:
// | a            3.2500 (raw 212992, 3.250000)
// | b            -1.5000 (raw -98304, -1.500000)
// | a*b          -4.8750 (raw -319488, -4.875000)
// | a/b          -2.1667 (raw -141994, -2.166656)
// | a+b          1.7500 (raw 114688, 1.750000)
// | sqrt(2)      1.4142 (raw 92681, 1.414200)
// | sqrt(1000)   31.6228 (raw 2072430, 31.622772)
// | sqrt(0.25)   0.5000 (raw 32768, 0.500000)
// | sin(0)       0.0000 (raw 0, 0.000000)
// | sin(30)      0.5000 (raw 32767, 0.499985)
// | sin(60)      0.8660 (raw 56755, 0.866013)
// | sin(90)      1.0000 (raw 65536, 1.000000)
// | 1000*0.001   1.0071 (raw 66000, 1.007080)
#include <stdint.h>
#include <stdio.h>

typedef int32_t q16;
#define Q16_ONE (1 << 16)

static q16 q_from_int(int v) { return (q16)(v * Q16_ONE); }
static q16 q_from_double(double d) { return (q16)(d * Q16_ONE + (d >= 0 ? 0.5 : -0.5)); }
static double q_to_double(q16 v) { return v / (double)Q16_ONE; }
static q16 q_mul(q16 a, q16 b) { int64_t p = (int64_t)a * b; return (q16)((p + (p >= 0 ? 0x8000 : -0x8000)) / Q16_ONE); }
static q16 q_div(q16 a, q16 b) { return (q16)(((int64_t)a * Q16_ONE) / b); }

static q16 q_sqrt(q16 x) {
    if (x <= 0) return 0;
    q16 r = x > Q16_ONE ? x / 2 : Q16_ONE;
    for (int i = 0; i < 20; i++) {
        q16 next = (r + q_div(x, r)) / 2;
        if (next == r) break;
        r = next;
    }
    return r;
}

/* sin(x) for |x| <= pi/2 with a Taylor polynomial evaluated by Horner's rule in fixed point. */
static q16 q_sin(q16 x) {
    q16 x2 = q_mul(x, x);
    q16 r = Q16_ONE - q_mul(x2, q_from_double(1.0 / 110.0));
    r = Q16_ONE - q_mul(q_mul(x2, r), q_from_double(1.0 / 72.0));
    r = Q16_ONE - q_mul(q_mul(x2, r), q_from_double(1.0 / 42.0));
    r = Q16_ONE - q_mul(q_mul(x2, r), q_from_double(1.0 / 20.0));
    r = Q16_ONE - q_mul(q_mul(x2, r), q_from_double(1.0 / 6.0));
    return q_mul(x, r);
}

static void print_q(const char *label, q16 v) {
    /* Print exactly: integer part, then 4 decimals rounded from the fraction bits. */
    int neg = v < 0;
    uint32_t a = neg ? (uint32_t)0 - (uint32_t)v : (uint32_t)v;
    uint32_t ip = a >> 16, frac = (uint32_t)(((uint64_t)(a & 0xFFFF) * 10000 + 0x8000) >> 16);
    if (frac == 10000) { ip++; frac = 0; }
    printf("%-12s %s%u.%04u (raw %d, %.6f)\n", label, neg ? "-" : "", ip, frac, v, q_to_double(v));
}

int main(void) {
    q16 a = q_from_double(3.25), b = q_from_double(-1.5);
    print_q("a", a);
    print_q("b", b);
    print_q("a*b", q_mul(a, b));
    print_q("a/b", q_div(a, b));
    print_q("a+b", a + b);
    print_q("sqrt(2)", q_sqrt(q_from_int(2)));
    print_q("sqrt(1000)", q_sqrt(q_from_int(1000)));
    print_q("sqrt(0.25)", q_sqrt(q_from_double(0.25)));
    for (int deg = 0; deg <= 90; deg += 30) {
        char label[32];
        snprintf(label, sizeof label, "sin(%d)", deg);
        print_q(label, q_sin(q_div(q_mul(q_from_int(deg), q_from_double(3.14159265358979)), q_from_int(180))));
    }
    q16 acc = 0;
    for (int i = 0; i < 1000; i++) acc += q_from_double(0.001);
    print_q("1000*0.001", acc);
    return 0;
}
