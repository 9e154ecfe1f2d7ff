/* fannkuch: for every permutation of 1..n, count how many prefix reversals ("pancake flips") it
 * takes until 1 comes first; prints the largest count and an order-dependent checksum.
 * Permutations are enumerated with Heap's algorithm (iterative form), so the checksum below is
 * specific to this program; the maximum is the well-known fannkuch number.
 * Exercises: small int arrays, tight integer loops, array indexing, branches.
 *
 * usage: fannkuch [n]   (3 <= n <= 12)
 * bench-small: 7
 */
#include <stdio.h>
#include <stdlib.h>

#define MAX_N 12

/* Flips a copy of perm until its first element is 0; returns the number of flips. */
static int count_flips(const int *perm, int n)
{
    int work[MAX_N];
    for (int i = 0; i < n; i++)
        work[i] = perm[i];
    int flips = 0;
    int first = work[0];
    while (first != 0) {
        /* Reverse work[0..first]. */
        int lo = 0;
        int hi = first;
        while (lo < hi) {
            int t = work[lo];
            work[lo] = work[hi];
            work[hi] = t;
            lo++;
            hi--;
        }
        flips++;
        first = work[0];
    }
    return flips;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 10;
    if (n < 3 || n > MAX_N) {
        fprintf(stderr, "fannkuch: n must be between 3 and %d\n", MAX_N);
        return 2;
    }
    int perm[MAX_N];
    int counter[MAX_N];
    for (int i = 0; i < n; i++) {
        perm[i] = i;
        counter[i] = 0;
    }

    long checksum = 0;
    int max_flips = 0;
    long index = 0;
    int level = 1;
    for (;;) {
        int flips = count_flips(perm, n);
        if (flips > max_flips)
            max_flips = flips;
        checksum += (index % 3 == 0 ? 2 : -1) * (long)flips;
        index++;

        /* Heap's algorithm: advance to the next permutation by one swap. */
        while (level < n && counter[level] >= level) {
            counter[level] = 0;
            level++;
        }
        if (level >= n)
            break;
        int other = (level % 2 == 0) ? 0 : counter[level];
        int t = perm[other];
        perm[other] = perm[level];
        perm[level] = t;
        counter[level]++;
        level = 1;
    }

    printf("permutations: %ld\n", index);
    printf("checksum: %ld\n", checksum);
    printf("max flips(%d): %d\n", n, max_flips);
    return 0;
}
