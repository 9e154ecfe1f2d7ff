// Library: the 48-bit generators: unseeded state (X = 0 in glibc), erand48/nrand48/jrand48 on caller state, seed48's old value, lcong48's own multiplier.
// expect-exit: 0
// expect-stdout:
// | unseeded 3.907985046680551e-14 2116118
// | 0.44199632268870914 565063343 -1485464893 state 7666 39619 42869
// | old 59066 37933 64
// | 0.39646477376027534
// | lcong48 0 0
// | srand48(1) 178800969 1952030186
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    double d0 = drand48();
    long l0 = lrand48();
    printf("unseeded %.17g %ld\n", d0, l0);
    unsigned short x[3] = { 1, 2, 3 };
    double e = erand48(x);
    long nr = nrand48(x);
    long jr = jrand48(x);
    printf("%.17g %ld %ld state %u %u %u\n", e, nr, jr, x[0], x[1], x[2]);
    unsigned short s[3] = { 0x330E, 0xABCD, 0x1234 };
    unsigned short *old = seed48(s);
    printf("old %u %u %u\n", old[0], old[1], old[2]);
    double d1 = drand48();
    printf("%.17g\n", d1);
    unsigned short p[7] = { 1, 0, 0, 5, 0, 0, 3 };
    lcong48(p);
    long a1 = lrand48();
    long a2 = lrand48();
    printf("lcong48 %ld %ld\n", a1, a2);
    srand48(1);
    long b1 = mrand48();
    long b2 = mrand48();
    printf("srand48(1) %ld %ld\n", b1, b2);
    return 0;
}
