// Idioms: lookup tables with designated initializers: enum-indexed name tables, a character-class table, sparse opcode tables, nested designators.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 0:red 1:green 2:blue 3:- 4:- 5:- 6:- 7:cyan 8:magenta 
// | digits 2 alpha 9 space 4 punct 3 hex 8
// | 00: nop     
// | 01: ld a,n   05
// | 03: call nn  10 00
// | 06: halt    
// | 07: ret     
// | cycles 12
// | I3 trace 3 off-diagonal 0
#include <stdio.h>

enum color { RED, GREEN, BLUE, CYAN = 7, MAGENTA, N_COLORS };
static const char *const color_names[N_COLORS] = { [RED] = "red", [BLUE] = "blue", [GREEN] = "green", [MAGENTA] = "magenta", [CYAN] = "cyan" };

enum { C_DIGIT = 1, C_ALPHA = 2, C_SPACE = 4, C_PUNCT = 8, C_HEX = 16 };
static const unsigned char ctype_table[128] = {
    ['0'] = C_DIGIT | C_HEX, ['1'] = C_DIGIT | C_HEX, ['2'] = C_DIGIT | C_HEX, ['3'] = C_DIGIT | C_HEX, ['4'] = C_DIGIT | C_HEX,
    ['5'] = C_DIGIT | C_HEX, ['6'] = C_DIGIT | C_HEX, ['7'] = C_DIGIT | C_HEX, ['8'] = C_DIGIT | C_HEX, ['9'] = C_DIGIT | C_HEX,
    ['a'] = C_ALPHA | C_HEX, ['b'] = C_ALPHA | C_HEX, ['c'] = C_ALPHA | C_HEX, ['d'] = C_ALPHA | C_HEX, ['e'] = C_ALPHA | C_HEX,
    ['f'] = C_ALPHA | C_HEX, ['g'] = C_ALPHA, ['x'] = C_ALPHA, ['z'] = C_ALPHA,
    [' '] = C_SPACE, ['\t'] = C_SPACE, ['\n'] = C_SPACE,
    ['!'] = C_PUNCT, [','] = C_PUNCT, ['.'] = C_PUNCT, ['?'] = C_PUNCT,
};

struct opinfo { const char *mnemonic; int operands; int cycles; };
static const struct opinfo ops[256] = {
    [0x00] = { "nop", 0, 1 }, [0x3E] = { "ld a,n", 1, 2 }, [0x76] = { "halt", 0, 1 },
    [0xC3] = { .mnemonic = "jp nn", .operands = 2, .cycles = 3 }, [0xC9] = { "ret", 0, 3 },
    [0xCD] = { .cycles = 5, .mnemonic = "call nn", .operands = 2 },
};

struct grid { int cells[3][3]; const char *label; };
static const struct grid identity = { .cells = { [0][0] = 1, [1][1] = 1, [2][2] = 1 }, .label = "I3" };

int main(void) {
    for (int c = 0; c < N_COLORS; c++) printf("%d:%s ", c, color_names[c] ? color_names[c] : "-");
    printf("\n");
    const char *text = "cafe 42, fix bug!\tx?";
    int counts[5] = { 0 };
    for (const char *p = text; *p; p++) {
        unsigned char cls = ctype_table[(unsigned char)*p & 127];
        for (int b = 0; b < 5; b++) if (cls & (1 << b)) counts[b]++;
    }
    printf("digits %d alpha %d space %d punct %d hex %d\n", counts[0], counts[1], counts[2], counts[3], counts[4]);
    const unsigned char program[] = { 0x00, 0x3E, 0x05, 0xCD, 0x10, 0x00, 0x76, 0xC9 };
    int total = 0;
    for (size_t pc = 0; pc < sizeof program; ) {
        const struct opinfo *op = &ops[program[pc]];
        if (!op->mnemonic) { printf("%02zx: db %#04x\n", pc, program[pc]); pc++; continue; }
        printf("%02zx: %-8s", pc, op->mnemonic);
        for (int k = 1; k <= op->operands; k++) printf(" %02x", program[pc + (size_t)k]);
        printf("\n");
        total += op->cycles;
        pc += 1 + (size_t)op->operands;
    }
    printf("cycles %d\n", total);
    int trace = 0;
    for (int i = 0; i < 3; i++) trace += identity.cells[i][i];
    printf("%s trace %d off-diagonal %d\n", identity.label, trace, identity.cells[0][2] + identity.cells[2][1]);
    return 0;
}
