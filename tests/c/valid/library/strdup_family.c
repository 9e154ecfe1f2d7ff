// Library: POSIX strdup/strndup and memccpy; results freed.
// expect-exit: 0
// expect-stdout:
// | Duplicate me|truncate|8
// | key= 4
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    char *a = strdup("duplicate me");
    char *b = strndup("truncate here", 8);
    a[0] = 'D';
    printf("%s|%s|%zu\n", a, b, strlen(b));
    char dst[16] = { 0 };
    char *end = memccpy(dst, "key=value", '=', sizeof dst - 1);
    printf("%s %td\n", dst, end - dst);
    free(a);
    free(b);
    return 0;
}
