// Preprocessor: every standard C17 header (freestanding and hosted, minus optional ones) can be included.
// expect-exit: 0
// expect-stdout:
// | 1 8 4
// | 1 1
// | 16
// | 0
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <iso646.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>
#include <time.h>
#include <uchar.h>
#include <wchar.h>
#include <wctype.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    bool ok = true and not false;
    printf("%d %d %d\n", ok, CHAR_BIT, (int)sizeof(int32_t));
    printf("%d %d\n", INT_MAX == 2147483647, EOF == -1);
    printf("%d\n", (int)alignof(max_align_t));
    printf("%d\n", EXIT_SUCCESS);
    return 0;
}
