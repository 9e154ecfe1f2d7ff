// Declarations: type specifiers in any order and multiword types (C17 6.7.2p2).
// expect-exit: 0
// expect-stdout:
// | 1 2 -3 -4 5 6 7 -8
// | 9.5 10.5 -11 250
// | 8 2 8 16
#include <stdio.h>
int main(void) {
    long unsigned int a = 1;
    int long unsigned b = 2;
    signed short int c = -3;
    short signed d = -4;
    long long int e = 5;
    int long long f = 6;
    unsigned g = 7;
    signed h = -8;
    long double i = 9.5L;
    double long j = 10.5L;
    char signed k = -11;
    unsigned char l = 250;
    printf("%lu %lu %d %d %lld %lld %u %d\n", a, b, c, d, e, f, g, h);
    printf("%.1Lf %.1Lf %d %d\n", i, j, k, l);
    printf("%zu %zu %zu %zu\n", sizeof a, sizeof c, sizeof e, sizeof i);
    return 0;
}
