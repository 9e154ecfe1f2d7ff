// Preprocessor: _Pragma operator and #pragma inside macros (C17 6.10.9), GCC diagnostic pragmas.
// expect-exit: 0
// expect-stdout:
// | 5
#include <stdio.h>
#define DO_PRAGMA(x) _Pragma(#x)
#define QUIET DO_PRAGMA(GCC diagnostic push) DO_PRAGMA(GCC diagnostic pop)
#pragma GCC diagnostic ignored "-Wunused-variable"
_Pragma("GCC diagnostic warning \"-Wunused-variable\"")
int main(void) {
    QUIET
    _Pragma("GCC diagnostic push")
    int x = 5;
    _Pragma("GCC diagnostic pop")
    printf("%d\n", x);
    return 0;
}
