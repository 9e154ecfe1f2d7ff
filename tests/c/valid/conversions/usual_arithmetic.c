// Conversions: usual arithmetic conversions between signed/unsigned of different ranks (C17 6.3.1.8).
// expect-exit: 0
// expect-stdout:
// | unsigned
// | long
// | unsigned long
// | unsigned long long
// | float
// | double
// | long double
// | float
// | 0
// | 1
// | 0
// | 4294967295
// | 4294967296
#include <stdio.h>
#pragma GCC diagnostic ignored "-Wsign-compare"
#define T(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
                      long long: "long long", unsigned long long: "unsigned long long", float: "float", double: "double", long double: "long double")
int main(void) {
    puts(T(1 + 1u)); puts(T(1L + 1u)); puts(T(1uL + 1L)); puts(T(1LL + 1uL));
    puts(T(1 + 1.0f)); puts(T(1.0f + 1.0)); puts(T(1.0 + 1.0L)); puts(T(1uL + 1.0f));
    printf("%d\n", -1 < 1u);
    printf("%d\n", -1L < 1u);
    printf("%d\n", -1 < 1uL);
    printf("%u\n", -1 + 0u);
    printf("%ld\n", 4294967295u + 1L);
    return 0;
}
