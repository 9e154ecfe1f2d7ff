// Literals: arithmetic on constants of different types, and constant folding results.
// expect-exit: 0
// expect-stdout:
// | 2147483648
// | 0
// | 6148914691236517205
// | 381
// | 4611686018427387904
// | 8
// | 130
#include <stdio.h>
int main(void) {
    printf("%ld\n", 2147483647 + 1L);
    printf("%u\n", 4294967295u + 1u);
    printf("%llu\n", 18446744073709551615ull / 3);
    printf("%d\n", 0x7f + 0177 + 127);
    printf("%lld\n", 1LL << 62);
    printf("%d\n", (int)sizeof(0x7fffffffffffffff));
    printf("%d\n", 'A' * 2);
    return 0;
}
