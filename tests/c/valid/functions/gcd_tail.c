// Functions: tail-recursive functions (gcd, accumulate) and their iterative equivalents agree.
// expect-exit: 0
// expect-stdout:
// | 6 6
// | 1 1
// | 9 9
// | 21 21
// | 12502500
#include <stdio.h>
static unsigned gcd_rec(unsigned a, unsigned b) { return b ? gcd_rec(b, a % b) : a; }
static unsigned gcd_it(unsigned a, unsigned b) { while (b) { unsigned t = a % b; a = b; b = t; } return a; }
static long sum_to(long n, long acc) { return n == 0 ? acc : sum_to(n - 1, acc + n); }
int main(void) {
    unsigned pairs[][2] = { { 48, 18 }, { 17, 5 }, { 0, 9 }, { 1071, 462 } };
    for (int i = 0; i < 4; i++)
        printf("%u %u\n", gcd_rec(pairs[i][0], pairs[i][1]), gcd_it(pairs[i][0], pairs[i][1]));
    printf("%ld\n", sum_to(5000, 0));
    return 0;
}
