// Stdio: perror and fprintf(stderr) go out at once while stdout waits in its buffer; only
// stdout is compared here, so the order of stdout alone is checked; errno after a failing
// call is kept by perror.
// expect-exit: 0
// expect-stdout:
// | one
// | errno still 22
// | two
// | 3
// | four
// | 0
#include <errno.h>
#include <stdio.h>

int main(void) {
    printf("one\n");
    errno = ENOENT;
    perror("context");
    printf("errno still %d\n", errno);
    fprintf(stderr, "plain message\n");
    fputs("two\n", stdout);
    fputc('3', stdout);
    putchar('\n');
    fwrite("four\n", 1, 5, stdout);
    printf("%d\n", fprintf(stderr, "%s", ""));
    return 0;
}
