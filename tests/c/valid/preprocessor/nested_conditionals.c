// Preprocessor: nested #if groups inside skipped groups are tracked but not evaluated.
// expect-exit: 0
// expect-stdout:
// | level 1
// | level 2
// | not level 3
// | elif chosen
#include <stdio.h>
#define LEVEL 2
int main(void) {
#if LEVEL >= 1
    puts("level 1");
#  if LEVEL >= 2
    puts("level 2");
#    if LEVEL >= 3
    puts("level 3");
#    else
    puts("not level 3");
#    endif
#  endif
#else
#  if this would be an error if evaluated (
#  endif
#endif
#ifdef LEVEL
#  ifndef LEVEL
    puts("impossible");
#  elif LEVEL == 2
    puts("elif chosen");
#  endif
#endif
    return 0;
}
