// Idioms: a small stack-based bytecode VM: opcodes, operand decoding, jumps, calls with frames, and a disassembler.
// std: c17
// expect-exit: 0
// expect-stdout:
// |   0 push  1
// |   2 store 0
// |   4 push  1
// |   6 store 1
// |   8 load  0
// |  10 push  7
// |  12 lt
// |  13 jz    34
// | ... 62 words
// | out 1
// | out 2
// | out 6
// | out 24
// | out 120
// | out 720
// | out 610
// | rc 0 steps 19828 final sp 0
#include <stdint.h>
#include <stdio.h>

enum op { OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_LT, OP_JMP, OP_JZ, OP_CALL, OP_RET, OP_ARG, OP_PRINT, OP_HALT };
static const char *const op_names[] = { "push", "load", "store", "add", "sub", "mul", "lt", "jmp", "jz", "call", "ret", "arg", "print", "halt" };
static const int op_has_operand[] = { 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0 };

struct vm { int32_t stack[64]; int sp; int32_t vars[8]; int frames[16]; int32_t args[16]; int fp; long steps; };

/* Program: prints fact(1..6) with an iterative loop, then fib(15) through a recursive function at 40. */
static const int32_t code[] = {
    /* 0 */ OP_PUSH, 1, OP_STORE, 0,             /* i = 1 */
    /* 4 */ OP_PUSH, 1, OP_STORE, 1,             /* f = 1 */
    /* 8 */ OP_LOAD, 0, OP_PUSH, 7, OP_LT, OP_JZ, 34,  /* while i < 7 */
    /* 15 */ OP_LOAD, 1, OP_LOAD, 0, OP_MUL, OP_STORE, 1, OP_LOAD, 1, OP_PRINT,
    /* 25 */ OP_LOAD, 0, OP_PUSH, 1, OP_ADD, OP_STORE, 0, OP_JMP, 8,
    /* 34 */ OP_PUSH, 15, OP_CALL, 40, OP_PRINT, OP_HALT,
    /* fib(n): if n < 2 return n; return fib(n-1) + fib(n-2) */
    /* 40 */ OP_ARG, OP_PUSH, 2, OP_LT, OP_JZ, 48, OP_ARG, OP_RET,
    /* 48 */ OP_ARG, OP_PUSH, 1, OP_SUB, OP_CALL, 40, OP_ARG, OP_PUSH, 2, OP_SUB, OP_CALL, 40, OP_ADD, OP_RET,
};

static int run(struct vm *m) {
    int pc = 0;
    m->sp = 0; m->fp = 0; m->steps = 0;
    for (;;) {
        m->steps++;
        int32_t op = code[pc++], a, b;
        switch (op) {
        case OP_PUSH: m->stack[m->sp++] = code[pc++]; break;
        case OP_LOAD: m->stack[m->sp++] = m->vars[code[pc++]]; break;
        case OP_STORE: m->vars[code[pc++]] = m->stack[--m->sp]; break;
        case OP_ADD: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a + b; break;
        case OP_SUB: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a - b; break;
        case OP_MUL: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a * b; break;
        case OP_LT: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a < b; break;
        case OP_JMP: pc = code[pc]; break;
        case OP_JZ: if (m->stack[--m->sp] == 0) pc = code[pc]; else pc++; break;
        case OP_CALL:
            if (m->fp == 16) return -1;
            m->args[m->fp] = m->stack[--m->sp];
            m->frames[m->fp++] = pc + 1;
            pc = code[pc];
            break;
        case OP_RET: pc = m->frames[--m->fp]; break;
        case OP_ARG: m->stack[m->sp++] = m->args[m->fp - 1]; break;
        case OP_PRINT: printf("out %d\n", m->stack[--m->sp]); break;
        case OP_HALT: return 0;
        default: return -2;
        }
        if (m->sp < 0 || m->sp > 60) return -3;
    }
}

int main(void) {
    int n = (int)(sizeof code / sizeof code[0]);
    for (int pc = 0; pc < 15; ) {
        int op = code[pc];
        if (op_has_operand[op]) { printf("%3d %-5s %d\n", pc, op_names[op], code[pc + 1]); pc += 2; }
        else { printf("%3d %s\n", pc, op_names[op]); pc++; }
    }
    printf("... %d words\n", n);
    struct vm m = { { 0 }, 0, { 0 }, { 0 }, { 0 }, 0, 0 };
    int rc = run(&m);
    printf("rc %d steps %ld final sp %d\n", rc, m.steps, m.sp);
    return rc;
}
