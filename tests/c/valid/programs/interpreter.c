// Programs: a stack-based bytecode interpreter with jumps computing factorials and a sum loop.
// expect-exit: 0
// expect-stdout:
// | 3628800
// | 5050
#include <stdio.h>
enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, JZ, JMP, PRINT, HALT };
struct vm { long stack[64]; int sp; long vars[8]; };
static void run(const long *code) {
    struct vm m = { .sp = 0 };
    for (int pc = 0;;) {
        switch ((enum op)code[pc++]) {
        case PUSH: m.stack[m.sp++] = code[pc++]; break;
        case LOAD: m.stack[m.sp++] = m.vars[code[pc++]]; break;
        case STORE: m.vars[code[pc++]] = m.stack[--m.sp]; break;
        case ADD: m.sp--; m.stack[m.sp - 1] += m.stack[m.sp]; break;
        case SUB: m.sp--; m.stack[m.sp - 1] -= m.stack[m.sp]; break;
        case MUL: m.sp--; m.stack[m.sp - 1] *= m.stack[m.sp]; break;
        case JZ: { long target = code[pc++]; if (m.stack[--m.sp] == 0) pc = (int)target; break; }
        case JMP: pc = (int)code[pc]; break;
        case PRINT: printf("%ld\n", m.stack[--m.sp]); break;
        case HALT: return;
        }
    }
}
int main(void) {
    /* v0 = n, v1 = acc: acc = 1; while (n) { acc *= n; n -= 1; } print acc */
    const long fact10[] = { PUSH, 10, STORE, 0, PUSH, 1, STORE, 1,
        LOAD, 0, JZ, 28, LOAD, 1, LOAD, 0, MUL, STORE, 1, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8,
        LOAD, 1, PRINT, HALT };
    run(fact10);
    /* sum of 1..100 */
    const long sum[] = { PUSH, 100, STORE, 0, PUSH, 0, STORE, 1,
        LOAD, 0, JZ, 28, LOAD, 1, LOAD, 0, ADD, STORE, 1, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8,
        LOAD, 1, PRINT, HALT };
    run(sum);
    return 0;
}
