// Literals: type selection at the boundaries: decimal vs octal/hex constants (C17 6.4.4.1p5).
// expect-exit: 0
// expect-stdout:
// | 2147483647 int
// | 2147483648 long
// | 0x7fffffff int
// | 0x80000000 unsigned
// | 020000000000 unsigned
// | 4294967295 long
// | 0xffffffff unsigned
// | 4294967296 long
// | 0x100000000 long
// | 9223372036854775807 long
// | 0x8000000000000000 unsigned long
// | 4294967296u unsigned long
// | 2147483648u unsigned
// | 0xffffffffL long
// | -2147483648 long
// | -2147483648 2147483648
#include <stdio.h>
#define T(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
                      long long: "long long", unsigned long long: "unsigned long long")
int main(void) {
    printf("2147483647 %s\n", T(2147483647));
    printf("2147483648 %s\n", T(2147483648));
    printf("0x7fffffff %s\n", T(0x7fffffff));
    printf("0x80000000 %s\n", T(0x80000000));
    printf("020000000000 %s\n", T(020000000000));
    printf("4294967295 %s\n", T(4294967295));
    printf("0xffffffff %s\n", T(0xffffffff));
    printf("4294967296 %s\n", T(4294967296));
    printf("0x100000000 %s\n", T(0x100000000));
    printf("9223372036854775807 %s\n", T(9223372036854775807));
    printf("0x8000000000000000 %s\n", T(0x8000000000000000));
    printf("4294967296u %s\n", T(4294967296u));
    printf("2147483648u %s\n", T(2147483648u));
    printf("0xffffffffL %s\n", T(0xffffffffL));
    printf("-2147483648 %s\n", T(-2147483648));
    printf("%ld %lu\n", -2147483648, 0x80000000 + 0UL);
    return 0;
}
