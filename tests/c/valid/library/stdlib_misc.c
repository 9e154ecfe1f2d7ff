// Library: abs/labs/llabs, div/ldiv, getenv of an unset variable, EXIT_* values.
// expect-exit: 0
// expect-stdout:
// | 5 6 7
// | 3 2 -3 -2
// | 1
// | 0 1
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("%d %ld %lld\n", abs(-5), labs(-6L), llabs(-7LL));
    div_t d = div(17, 5);
    ldiv_t ld = ldiv(-17L, 5L);
    printf("%d %d %ld %ld\n", d.quot, d.rem, ld.quot, ld.rem);
    printf("%d\n", getenv("ALTITUDE_SURELY_UNSET_VARIABLE") == NULL);
    printf("%d %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    return 0;
}
