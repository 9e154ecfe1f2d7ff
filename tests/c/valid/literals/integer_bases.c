// Literals: decimal, octal, hexadecimal, binary (GNU/C2x) integer constants.
// expect-exit: 0
// expect-stdout:
// | 42 42 42 42
// | 42 3
// | 0 0 0
// | 511 65535
// | 18446744073709551615
#include <stdio.h>
int main(void) {
    printf("%d %d %d %d\n", 42, 052, 0x2a, 0X2A);
    printf("%d %d\n", 0b101010, 0B11);
    printf("%d %d %d\n", 0, 00, 0x0);
    printf("%d %d\n", 0777, 0xFfFf);
    printf("%lu\n", 01777777777777777777777UL);
    return 0;
}
