// Expressions: 64-bit signed and unsigned arithmetic near the limits without overflow.
// expect-exit: 0
// expect-stdout:
// | 9223372036854775807
// | -9223372036854775807
// | 18446744073709551615 1
// | 9223372030926249001
// | -9223372036854775807 -4611686018427387904
// | -1
// | 1000000000000
#include <stdio.h>
#include <limits.h>
int main(void) {
    long long a = LLONG_MAX - 5;
    printf("%lld\n", a + 5);
    printf("%lld\n", LLONG_MIN + 1);
    unsigned long long u = ULLONG_MAX;
    printf("%llu %llu\n", u, u + 2);
    long long m = 3037000499LL;
    printf("%lld\n", m * m);
    printf("%lld %lld\n", LLONG_MAX / -1, LLONG_MIN / 2);
    printf("%lld\n", -7LL % 3);
    printf("%lu\n", 1000000UL * 1000000UL);
    return 0;
}
