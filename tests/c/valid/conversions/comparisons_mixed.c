// Conversions: signed/unsigned comparisons and the traps they set.
// expect-exit: 0
// expect-stdout:
// | 0
// | 1
// | 1
// | 1
// | 1
// | 0
// | 1
// | 0
#include <stdio.h>
#pragma GCC diagnostic ignored "-Wsign-compare"
int main(void) {
    int neg = -1;
    unsigned one = 1;
    unsigned short us = 1;
    long l = -1;
    printf("%d\n", neg < one);            /* neg converts to UINT_MAX */
    printf("%d\n", neg < us);             /* us promotes to int */
    printf("%d\n", l < one);              /* one converts to long */
    printf("%d\n", (unsigned char)-1 == 255);
    printf("%d\n", (char)-1 == -1);
    printf("%d\n", sizeof(int) > -1);     /* -1 converts to size_t */
    printf("%d\n", -1 == 0xffffffff);
    printf("%d\n", -1L == 0xffffffff);
    return 0;
}
