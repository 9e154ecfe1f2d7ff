// Conversions: integer promotions of char/short/bit-fields to int (C17 6.3.1.1).
// expect-exit: 0
// expect-stdout:
// | int
// | int
// | int
// | int
// | int
// | int
// | int
// | 510 131070
// | -255
// | int
// | -1
#include <stdio.h>
#define T(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", default: "other")
struct bits { unsigned small : 4; unsigned long wide : 40; };
int main(void) {
    char c = 'a';
    short s = 1;
    unsigned char uc = 255;
    unsigned short us = 65535;
    puts(T(c + 0)); puts(T(s * s)); puts(T(uc + uc)); puts(T(us + 0));
    puts(T(+c)); puts(T(-uc)); puts(T(~us));
    printf("%d %d\n", uc + uc, us * 2);
    printf("%d\n", -uc);
    struct bits b = { 15, 0 };
    puts(T(b.small + 0));
    printf("%d\n", b.small - 16);
    return 0;
}
