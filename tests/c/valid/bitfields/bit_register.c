// Bit-fields: modelling a hardware-like register; compare with manual mask/shift encoding.
// expect-exit: 0
// expect-stdout:
// | 10c8b
// | 6 44 102cd
// | 4
#include <stdio.h>
#include <stdint.h>
struct ctrl { unsigned enable : 1; unsigned mode : 3; unsigned prescale : 8; unsigned : 4; unsigned irq : 1; };
static uint32_t encode(const struct ctrl *c) {
    return (uint32_t)c->enable | (uint32_t)c->mode << 1 | (uint32_t)c->prescale << 4 | (uint32_t)c->irq << 16;
}
int main(void) {
    struct ctrl c = { 0 };
    c.enable = 1;
    c.mode = 5;
    c.prescale = 200;
    c.irq = 1;
    printf("%x\n", encode(&c));
    c.mode++;
    c.prescale += 100;       /* 300 wraps to 44 */
    printf("%u %u %x\n", c.mode, c.prescale, encode(&c));
    printf("%zu\n", sizeof c);
    return 0;
}
