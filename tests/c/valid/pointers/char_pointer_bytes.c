// Pointers: inspecting object representations through unsigned char * (little-endian x86-64).
// expect-exit: 0
// expect-stdout:
// | 44332211
// | cd ab
// | deadbeef
#include <stdio.h>
#include <stdint.h>
int main(void) {
    uint32_t v = 0x11223344;
    const unsigned char *b = (const unsigned char *)&v;
    for (size_t i = 0; i < sizeof v; i++) printf("%02x", b[i]);
    printf("\n");
    uint16_t s = 0xABCD;
    b = (const unsigned char *)&s;
    printf("%02x %02x\n", b[0], b[1]);
    unsigned char out[4];
    uint32_t w = 0xdeadbeef;
    for (int i = 0; i < 4; i++) out[i] = (unsigned char)(w >> (8 * i));
    uint32_t back = 0;
    for (int i = 3; i >= 0; i--) back = back << 8 | out[i];
    printf("%x\n", back);
    return 0;
}
