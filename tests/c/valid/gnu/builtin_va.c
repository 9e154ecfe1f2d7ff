// GNU: __builtin_va_list / __builtin_va_start / __builtin_va_arg / __builtin_va_end without stdarg.h.
// expect-exit: 0
// expect-stdout:
// | 15
#include <stdio.h>
static int total(int n, ...) {
    __builtin_va_list ap;
    __builtin_va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, int);
    __builtin_va_end(ap);
    return s;
}
int main(void) {
    printf("%d\n", total(5, 1, 2, 3, 4, 5));
    return 0;
}
