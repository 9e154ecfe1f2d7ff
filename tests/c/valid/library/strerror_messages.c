// Library: strerror gives glibc's message for every errno value; unknown numbers read "Unknown error N"; strerror_r (GNU and POSIX) and perror's text.
// expect-exit: 0
// expect-stdout: see strerror_messages.out
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    for (int e = 0; e <= 135; e++) printf("%d: %s\n", e, strerror(e));
    printf("-5: %s\n", strerror(-5));
    const char *a = strerror(EINVAL);
    const char *b = strerror(ERANGE);
    printf("distinct %s / %s\n", a, b);
    char buf[64];
    printf("gnu strerror_r: %s\n", strerror_r(EDOM, buf, sizeof buf));
    char tiny[6];
    printf("truncated: [%s]\n", strerror_r(ENOENT, tiny, sizeof tiny));
    return 0;
}
