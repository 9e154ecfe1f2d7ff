// Programs: Fibonacci numbers via 2x2 matrix exponentiation with unsigned 64-bit arithmetic.
// expect-exit: 0
// expect-stdout:
// | fib(0) = 0
// | fib(1) = 1
// | fib(2) = 1
// | fib(10) = 55
// | fib(50) = 12586269025
// | fib(90) = 2880067194370816120
// | fib(93) = 12200160415121876738
#include <stdio.h>
#include <stdint.h>
typedef struct { uint64_t a, b, c, d; } mat;
static mat mul(mat x, mat y) {
    return (mat){ x.a * y.a + x.b * y.c, x.a * y.b + x.b * y.d, x.c * y.a + x.d * y.c, x.c * y.b + x.d * y.d };
}
static uint64_t fib(unsigned n) {
    mat r = { 1, 0, 0, 1 }, m = { 1, 1, 1, 0 };
    while (n) { if (n & 1) r = mul(r, m); m = mul(m, m); n >>= 1; }
    return r.b;
}
int main(void) {
    unsigned ns[] = { 0, 1, 2, 10, 50, 90, 93 };
    for (int i = 0; i < 7; i++) printf("fib(%u) = %llu\n", ns[i], (unsigned long long)fib(ns[i]));
    return 0;
}
