// Programs: gcd/lcm, extended Euclid, modular inverse, prime factorisation, Euler's totient.
// expect-exit: 0
// expect-stdout:
// | 21 23562
// | 2 = 240*-9 + 46*47
// | inverse of 17 mod 3120 = 2753
// | 360 = 2 2 2 3 3 5
// | 9973 = 9973
// | 600851475143 = 71 839 1471 6857
// | 1 12 96
#include <stdio.h>
static long gcd(long a, long b) { while (b) { long t = a % b; a = b; b = t; } return a; }
static long egcd(long a, long b, long *x, long *y) {
    if (!b) { *x = 1; *y = 0; return a; }
    long x1, y1, g = egcd(b, a % b, &x1, &y1);
    *x = y1; *y = x1 - (a / b) * y1;
    return g;
}
static void factor(long n) {
    printf("%ld =", n);
    for (long p = 2; p * p <= n; p++)
        while (n % p == 0) { printf(" %ld", p); n /= p; }
    if (n > 1) printf(" %ld", n);
    printf("\n");
}
static long phi(long n) {
    long r = n;
    for (long p = 2; p * p <= n; p++)
        if (n % p == 0) { while (n % p == 0) n /= p; r -= r / p; }
    if (n > 1) r -= r / n;
    return r;
}
int main(void) {
    printf("%ld %ld\n", gcd(462, 1071), 462 / gcd(462, 1071) * 1071);
    long x, y, g = egcd(240, 46, &x, &y);
    printf("%ld = 240*%ld + 46*%ld\n", g, x, y);
    egcd(17, 3120, &x, &y);
    printf("inverse of 17 mod 3120 = %ld\n", (x % 3120 + 3120) % 3120);
    factor(360); factor(9973); factor(600851475143L);
    printf("%ld %ld %ld\n", phi(1), phi(36), phi(97));
    return 0;
}
