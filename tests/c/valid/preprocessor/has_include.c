// Preprocessor: __has_include and defined-style tests in #if.
// expect-exit: 0
// expect-stdout:
// | stdio found
// | missing not found
#include <stdio.h>
#if defined(__has_include)
#  if __has_include(<stdio.h>)
#    define HAVE_STDIO 1
#  endif
#  if __has_include("no_such_header_here.h")
#    define HAVE_MISSING 1
#  endif
#endif
int main(void) {
#ifdef HAVE_STDIO
    puts("stdio found");
#endif
#ifndef HAVE_MISSING
    puts("missing not found");
#endif
    return 0;
}
