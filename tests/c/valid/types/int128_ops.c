// Types: 128-bit integers through functions, arrays, shifts, division, conversions to double and back.
// expect-exit: 0
// expect-stdout:
// | 340282366920938463463374607431768211455
// | 18446744073709551615
// | 1 -3 -2
// | 34830383
// | 1267650600228229401496703205376 -1
// | 7083549724304467820544
// | 0
// | 170141183460469231731687303715884105727
#include <stdio.h>
typedef unsigned __int128 u128;
typedef __int128 i128;
static u128 mulmod(u128 a, u128 b, u128 m) { return a * b % m; }
static void put(u128 v) { char b[48]; int i = 47; b[i] = 0; do { b[--i] = '0' + (int)(v % 10); v /= 10; } while (v); printf("%s\n", b + i); }
int main(void) {
    u128 x = ~(u128)0;
    put(x);
    put(x >> 64);
    i128 n = -5;
    printf("%d %d %lld\n", n < 0, (int)(n >> 1), (long long)(n / 2));
    put(mulmod((u128)1 << 80, 12345, 1000000007));
    double d = (double)((u128)1 << 100);
    printf("%.0f %d\n", d, (int)((i128)-7 % 3));
    u128 arr[3] = { 1, 2, 3 };
    u128 s = 0; for (int i = 0; i < 3; i++) s += arr[i] << 70;
    put(s);
    i128 big = (i128)1 << 126;
    printf("%d\n", !big);
    big = big + (big - 1);
    put((u128)big);
    return 0;
}
