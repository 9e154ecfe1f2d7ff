// Library: the POSIX strerror_r (without _GNU_SOURCE) fills the buffer and returns 0, ERANGE when too small, EINVAL for an unknown number.
// expect-exit: 0
// expect-stdout:
// | 0 [Permission denied]
// | 1 [Permiss]
// | 1 [Unknown error 9999]
// std: c17
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    char buf[64];
    int r = strerror_r(EACCES, buf, sizeof buf);
    printf("%d [%s]\n", r, buf);
    char small[8];
    r = strerror_r(EACCES, small, sizeof small);
    printf("%d [%s]\n", r == ERANGE, small);
    r = strerror_r(9999, buf, sizeof buf);
    printf("%d [%s]\n", r == EINVAL, buf);
    return 0;
}
