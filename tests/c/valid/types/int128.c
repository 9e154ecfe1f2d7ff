// Types: GNU __int128 and unsigned __int128 arithmetic.
// expect-exit: 0
// expect-stdout:
// | 1267650600228229401496703205376
// | 1
// | 393530540239137101141
// | 340282366920938463426481119284349108225
// | 18446744073709551614 1
#include <stdio.h>
static void print_u128(unsigned __int128 v) {
    char buf[50];
    int i = 49;
    buf[i] = 0;
    do { buf[--i] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    puts(&buf[i]);
}
int main(void) {
    unsigned __int128 big = (unsigned __int128)1 << 100;
    print_u128(big);
    __int128 s = -((__int128)1 << 70);
    s /= 3;
    printf("%d\n", s < 0);
    print_u128((unsigned __int128)(-s));
    unsigned long long a = 0xffffffffffffffffULL;
    unsigned __int128 p = (unsigned __int128)a * a;
    print_u128(p);
    printf("%llu %llu\n", (unsigned long long)(p >> 64), (unsigned long long)p);
    return 0;
}
