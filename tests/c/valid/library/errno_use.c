// Library: errno set by strtol on overflow and by math functions' domain errors (ERANGE/EDOM).
// expect-exit: 0
// expect-stdout:
// | 1 1
// | 123 0
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
int main(void) {
    errno = 0;
    long v = strtol("99999999999999999999", NULL, 10);
    printf("%d %d\n", v == LONG_MAX, errno == ERANGE);
    errno = 0;
    v = strtol("123", NULL, 10);
    printf("%ld %d\n", v, errno);
    return 0;
}
