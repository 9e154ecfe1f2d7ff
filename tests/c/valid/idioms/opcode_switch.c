// Idioms: a large switch dispatch over a dense opcode range (an accumulator machine with 32 instructions).
// std: c17
// expect-exit: 0
// expect-stdout:
// | trial 0 acc        256 regs 2 5 1 2
// | trial 1 acc          0 regs 5 4216227086 4294967065 4294967172
// | trial 2 acc 4139736764 regs 2443321856 2519686796 4294370782 19088743
// | trial 3 acc       1005 regs 1 944886381 10 171798687
// | trial 4 acc 4123163298 regs 4294967292 5 99 4123168608
// | trial 5 acc        648 regs 27 45 4294966917 4294967176
// | trial 6 acc          2 regs 4294967268 4294967269 5 4294967292
// | trial 7 acc 4275878640 regs 57266229 4275878553 19088755 19088754
// | xor of results 4255227529
#include <stdint.h>
#include <stdio.h>

static uint32_t run(const uint8_t *prog, size_t len, uint32_t acc, uint32_t *regs) {
    for (size_t pc = 0; pc < len; pc++) {
        uint8_t op = prog[pc];
        uint32_t *r = &regs[op & 3];
        switch (op >> 2) {
        case 0: acc += *r; break;
        case 1: acc -= *r; break;
        case 2: acc *= *r; break;
        case 3: acc = *r ? acc / *r : 0; break;
        case 4: acc = *r ? acc % *r : acc; break;
        case 5: acc &= *r; break;
        case 6: acc |= *r; break;
        case 7: acc ^= *r; break;
        case 8: acc <<= (*r & 31); break;
        case 9: acc >>= (*r & 31); break;
        case 10: *r = acc; break;
        case 11: acc = *r; break;
        case 12: (*r)++; break;
        case 13: (*r)--; break;
        case 14: *r = ~*r; break;
        case 15: *r = 0u - *r; break;
        case 16: acc = acc < *r; break;
        case 17: acc = acc == *r; break;
        case 18: { uint32_t t = acc; acc = *r; *r = t; } break;
        case 19: acc = (acc << 7) | (acc >> 25); break;
        case 20: acc = acc * 2654435761u; break;
        case 21: acc ^= acc >> 16; break;
        case 22: *r += acc; break;
        case 23: *r *= 3; break;
        case 24: acc = acc > *r ? acc : *r; break;
        case 25: acc = acc < *r ? acc : *r; break;
        case 26: acc = (uint32_t)__builtin_popcount(*r); break;
        case 27: acc += 1000; break;
        case 28: acc = (uint16_t)acc; break;
        case 29: acc = (uint32_t)(int32_t)(int8_t)acc; break;
        case 30: if (acc == 0) pc++; break;
        case 31: return acc;
        default: return 0xDEADu;
        }
    }
    return acc;
}

int main(void) {
    uint8_t prog[64];
    uint32_t total = 0;
    for (int trial = 0; trial < 8; trial++) {
        for (int i = 0; i < 63; i++) prog[i] = (uint8_t)((i * 37 + trial * 11 + (i >> 2)) % 124);
        prog[63] = 31 << 2;
        uint32_t regs[4] = { 3, 5, (uint32_t)trial + 7, 0x1234567u };
        uint32_t acc = run(prog, sizeof prog, 42u + (uint32_t)trial, regs);
        printf("trial %d acc %10u regs %u %u %u %u\n", trial, acc, regs[0], regs[1], regs[2], regs[3]);
        total ^= acc;
    }
    printf("xor of results %u\n", total);
    return 0;
}
