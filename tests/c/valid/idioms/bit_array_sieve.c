// Idioms: a packed bit array (one bit per odd number) with set/test macros on uint32_t words, used for a sieve of Eratosthenes up to 2,000,000; prime counting and twin primes.
// std: c17
// expect-exit: 0
// expect-stdout:
// | pi(10) = 4
// | pi(100) = 25
// | pi(1000) = 168
// | pi(10000) = 1229
// | pi(100000) = 9592
// | pi(1000000) = 78498
// | pi(2000000) = 148933
// | largest prime below 2000000: 1999993
// | twin pairs 14871, largest gap 132 after 1357201
// | words 31251 nonzero 31250
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define LIMIT 2000000u
#define BIT_SET(a, i) ((a)[(i) >> 5] |= UINT32_C(1) << ((i) & 31))
#define BIT_TEST(a, i) (((a)[(i) >> 5] >> ((i) & 31)) & 1u)

int main(void) {
    /* Bit k stands for the odd number 2k+1; a set bit means composite. */
    uint32_t nbits = LIMIT / 2;
    uint32_t *composite = calloc(nbits / 32 + 1, sizeof *composite);
    if (!composite) return 1;
    BIT_SET(composite, 0u); /* 1 is not prime */
    for (uint32_t k = 1; (2 * k + 1) * (2 * k + 1) < LIMIT; k++) {
        if (BIT_TEST(composite, k)) continue;
        uint32_t p = 2 * k + 1;
        for (uint32_t m = p * p; m < LIMIT; m += 2 * p) BIT_SET(composite, m / 2);
    }
    unsigned count = 1, twins = 0, last = 2, gap = 0, gap_at = 0;
    unsigned checkpoints[] = { 10, 100, 1000, 10000, 100000, 1000000, LIMIT }, ci = 0;
    for (uint32_t k = 1; k < nbits; k++) {
        uint32_t n = 2 * k + 1;
        while (ci < 7 && n > checkpoints[ci]) { printf("pi(%u) = %u\n", checkpoints[ci], count); ci++; }
        if (BIT_TEST(composite, k)) continue;
        count++;
        if (n - last == 2) twins++;
        if (n - last > gap) { gap = n - last; gap_at = last; }
        last = n;
    }
    while (ci < 7) { printf("pi(%u) = %u\n", checkpoints[ci], count); ci++; }
    printf("largest prime below %u: %u\n", LIMIT, last);
    printf("twin pairs %u, largest gap %u after %u\n", twins, gap, gap_at);
    unsigned words_used = 0;
    for (uint32_t w = 0; w <= nbits / 32; w++) words_used += composite[w] != 0;
    printf("words %u nonzero %u\n", nbits / 32 + 1, words_used);
    free(composite);
    return 0;
}
