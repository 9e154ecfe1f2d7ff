// Library: glibc's rand/srand (several seeds), random/srandom sharing its state, rand_r, and the 48-bit drand48 family.
// expect-exit: 0
// expect-stdout:
// | RAND_MAX 2147483647
// | unseeded 1804289383 846930886 1681692777
// | seed 0: 1804289383 846930886 1681692777 1714636915 1957747793 424238335
// | seed 1: 1804289383 846930886 1681692777 1714636915 1957747793 424238335
// | seed 2: 1505335290 1738766719 190686788 260874575 747983061 906156498
// | seed 42: 71876166 708592740 1483128881 907283241 442951012 537146758
// | seed 12345: 383100999 858300821 357768173 455528251 133005921 116285904
// | seed 4294967295: 254925627 1205188300 366127624 1401405153 76053476 1604170158
// | shared state 1045618677 1863967299
// | rand_r 2063792036 780411989 1154460942 221622648 646037930 state 631955522
// | 48: 0.6747007752574099 1806037204 -1244723427
// | sum 497309
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("RAND_MAX %d\n", RAND_MAX);
    int u1 = rand();
    int u2 = rand();
    int u3 = rand();
    printf("unseeded %d %d %d\n", u1, u2, u3);
    static const unsigned seeds[] = { 0, 1, 2, 42, 12345, 4294967295u };
    for (unsigned i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        srand(seeds[i]);
        printf("seed %u:", seeds[i]);
        for (int k = 0; k < 6; k++) printf(" %d", rand());
        printf("\n");
    }
    srandom(7);
    long r1 = random();
    int r2 = rand();
    printf("shared state %ld %d\n", r1, r2);
    unsigned state = 99;
    printf("rand_r");
    for (int k = 0; k < 5; k++) printf(" %d", rand_r(&state));
    printf(" state %u\n", state);
    srand48(2024);
    double d = drand48();
    long l = lrand48();
    long m = mrand48();
    printf("48: %.17g %ld %ld\n", d, l, m);
    long sum = 0;
    srand(5);
    for (int k = 0; k < 10000; k++) sum += rand() % 100;
    printf("sum %ld\n", sum);
    return 0;
}
