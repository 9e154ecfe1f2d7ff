// Preprocessor: #if/#elif/#else/#ifdef/#ifndef/defined, arithmetic in #if (C17 6.10.1).
// expect-exit: 0
// expect-stdout:
// | acdefgij
#include <stdio.h>
#define A 3
#define B
#if A > 2 && defined(B)
#define R1 "a"
#else
#define R1 "b"
#endif
#if defined A && !defined C
#define R2 "c"
#endif
#ifdef C
#error C must not be defined
#elif A == 3
#define R3 "d"
#endif
#if UNDEFINED_NAME == 0
#define R4 "e"
#endif
#if (1 ? 2 : 3) == 2 && (-1 < 0) && (0x10 >> 2) == 4 && 'a' == 97
#define R5 "f"
#endif
#if (0u - 1) > 0
#define R6 "g"
#else
#define R6 "h"
#endif
#ifndef R7
#  if 0
#    this is skipped garbage: not C at all @ $ `
#  elif 1
#    define R7 "i"
#  endif
#endif
#if 18446744073709551615u == -1
#define R8 "j"
#endif
int main(void) {
    puts(R1 R2 R3 R4 R5 R6 R7 R8);
    return 0;
}
