// Expressions: _Alignof and sizeof in integer constant expressions: array sizes, enums, case labels, static init.
// expect-exit: 0
// expect-stdout:
// | 8 16 8 32
// | 1 2 4 8 8
// | int size equals its alignment
#include <stdio.h>
#include <stddef.h>
struct s { char c; double d; };
enum { ALIGN_D = _Alignof(double), SIZE_S = sizeof(struct s), OFF_D = offsetof(struct s, d) };
static char buffer[_Alignof(long double) * 2];
static const size_t table[] = { _Alignof(char), _Alignof(short), _Alignof(int), _Alignof(long), _Alignof(struct s) };
int main(void) {
    printf("%d %d %d %zu\n", ALIGN_D, SIZE_S, OFF_D, sizeof buffer);
    for (int i = 0; i < 5; i++) printf("%zu%c", table[i], i < 4 ? ' ' : '\n');
    switch (sizeof(int)) { case _Alignof(int): puts("int size equals its alignment"); break; default: break; }
    return 0;
}
