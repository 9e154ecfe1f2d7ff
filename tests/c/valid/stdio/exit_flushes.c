// Stdio: exit() runs the atexit handlers, then writes every stream's pending output (stdout
// without a final newline, a file never closed); the exit status is exit's argument.
// expect-exit: 3
// expect-stdout:
// | no newline at the end[handler sees the file unflushed: empty]
#include <stdio.h>
#include <stdlib.h>

static FILE *log_file;

static void at_end(void) {
    printf("[handler sees the file unflushed: ");
    FILE *r = fopen("stdio_exit_flush.txt", "r");
    int c = fgetc(r);
    printf("%s]\n", c == EOF ? "empty" : "has data");
    fclose(r);
    remove("stdio_exit_flush.txt");
}

int main(void) {
    log_file = fopen("stdio_exit_flush.txt", "w");
    fprintf(log_file, "pending line\n");
    atexit(at_end);
    printf("no newline at the end");
    exit(3);
}
