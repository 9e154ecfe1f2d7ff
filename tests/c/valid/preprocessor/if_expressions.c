// Preprocessor: #if arithmetic uses intmax_t/uintmax_t, character constants, ternary, comma-free.
// expect-exit: 0
// expect-stdout:
// | intmax 64-bit
// | short circuit
// | uintmax
// | chars
// | arith
// | true is an identifier
#include <stdio.h>
int main(void) {
#if 0x7fffffffffffffff + 0 > 0
    puts("intmax 64-bit");
#endif
#if (2 || 1 / 0)
    puts("short circuit");
#endif
#if ~0 == -1 && ~0u == 0xffffffffffffffff
    puts("uintmax");
#endif
#if '\0' == 0 && '\n' == 10 && 'A' + 1 == 'B'
    puts("chars");
#endif
#if (5 % 3) * 4 / 2 - (1 << 3) == -4
    puts("arith");
#endif
#if true
    puts("true is 0 in #if");
#else
    puts("true is an identifier");
#endif
    return 0;
}
