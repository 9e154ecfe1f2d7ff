// Arrays: sieve of Eratosthenes over a bool array; prints primes below 100.
// expect-exit: 0
// expect-stdout:
// | 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97
// | 25 primes
#include <stdio.h>
#include <stdbool.h>
#define LIMIT 100
int main(void) {
    bool composite[LIMIT] = { true, true };
    for (int i = 2; i * i < LIMIT; i++)
        if (!composite[i])
            for (int j = i * i; j < LIMIT; j += i) composite[j] = true;
    int count = 0;
    for (int i = 0; i < LIMIT; i++)
        if (!composite[i]) printf("%s%d", count++ ? " " : "", i);
    printf("\n%d primes\n", count);
    return 0;
}
