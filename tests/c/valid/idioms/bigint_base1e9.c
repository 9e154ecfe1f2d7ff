// Idioms: big integers as little-endian arrays of base 10^9 limbs: add, multiply, divide by small, print with zero padding.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 60! = 8320987112741390144276341183223364380754172606361245952449277696409600000000000000
// | digit sum of 60! = 288
// | fib(200) = 280571172992510140037611932413038677189525
// | (2^64-1)^2 = 340282366920938463426481119284349108225
// | 2^256 = 115792089237316195423570985008687907853269984665640564039457584007913129639936
// | 2^256 mod 1000000007 = 792845266
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define BASE 1000000000u
#define LIMBS 40
struct big { uint32_t d[LIMBS]; int n; };

static void big_set(struct big *a, uint64_t v) {
    memset(a, 0, sizeof *a);
    do { a->d[a->n++] = (uint32_t)(v % BASE); v /= BASE; } while (v);
}

static void big_mul_small(struct big *a, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t cur = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)(cur % BASE);
        carry = cur / BASE;
    }
    while (carry) { a->d[a->n++] = (uint32_t)(carry % BASE); carry /= BASE; }
}

static void big_add(struct big *r, const struct big *a, const struct big *b) {
    struct big t;
    memset(&t, 0, sizeof t);
    uint32_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n || carry; i++) {
        uint32_t s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        carry = s >= BASE;
        t.d[i] = carry ? s - BASE : s;
        t.n = i + 1;
    }
    *r = t;
}

static void big_mul(struct big *r, const struct big *a, const struct big *b) {
    uint64_t acc[2 * LIMBS] = { 0 };
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++) {
            acc[i + j] += (uint64_t)a->d[i] * b->d[j];
            acc[i + j + 1] += acc[i + j] / BASE;
            acc[i + j] %= BASE;
        }
    struct big t;
    memset(&t, 0, sizeof t);
    t.n = a->n + b->n;
    for (int i = 0; i < t.n; i++) t.d[i] = (uint32_t)acc[i];
    while (t.n > 1 && t.d[t.n - 1] == 0) t.n--;
    *r = t;
}

static uint32_t big_div_small(struct big *a, uint32_t m) {
    uint64_t rem = 0;
    for (int i = a->n - 1; i >= 0; i--) {
        uint64_t cur = a->d[i] + rem * BASE;
        a->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    while (a->n > 1 && a->d[a->n - 1] == 0) a->n--;
    return (uint32_t)rem;
}

static void big_print(const char *label, const struct big *a) {
    printf("%s = %u", label, a->d[a->n - 1]);
    for (int i = a->n - 2; i >= 0; i--) printf("%09u", a->d[i]);
    printf("\n");
}

static int digit_sum(struct big a) {
    int s = 0;
    while (a.n > 1 || a.d[0]) s += (int)big_div_small(&a, 10);
    return s;
}

int main(void) {
    struct big f;
    big_set(&f, 1);
    for (uint32_t i = 2; i <= 60; i++) big_mul_small(&f, i);
    big_print("60!", &f);
    printf("digit sum of 60! = %d\n", digit_sum(f));
    struct big a, b;
    big_set(&a, 0); big_set(&b, 1);
    for (int i = 0; i < 200; i++) { struct big c; big_add(&c, &a, &b); a = b; b = c; }
    big_print("fib(200)", &a);
    struct big p, sq;
    big_set(&p, UINT64_C(18446744073709551615));
    big_mul(&sq, &p, &p);
    big_print("(2^64-1)^2", &sq);
    struct big two;
    big_set(&two, 1);
    for (int i = 0; i < 256; i++) big_mul_small(&two, 2);
    big_print("2^256", &two);
    uint32_t r = big_div_small(&two, 1000000007u);
    printf("2^256 mod 1000000007 = %u\n", r);
    return 0;
}
