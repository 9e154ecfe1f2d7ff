// Control: GNU labels as values (&&label) and computed goto (goto *p) for a tiny dispatch loop.
// expect-exit: 0
// expect-stdout:
// | acc=5
// | halt
#include <stdio.h>
int main(void) {
    static const unsigned char program[] = { 0, 0, 1, 0, 2, 3 };  /* inc inc dbl inc print halt */
    void *dispatch[] = { &&op_inc, &&op_dbl, &&op_print, &&op_halt };
    int acc = 0;
    const unsigned char *pc = program;
    goto *dispatch[*pc++];
op_inc:
    acc++;
    goto *dispatch[*pc++];
op_dbl:
    acc *= 2;
    goto *dispatch[*pc++];
op_print:
    printf("acc=%d\n", acc);
    goto *dispatch[*pc++];
op_halt:
    puts("halt");
    return 0;
}
