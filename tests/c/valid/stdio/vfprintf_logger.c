// Stdio: a variadic logger built on vfprintf that writes to a file and to stdout, and a
// vfscanf wrapper that reads the log back.
// expect-exit: 0
// expect-stdout:
// | [info] to stdout: 00042|ab  |ff
// | file position 55, chars logged to file 51
// | n=3 level=info word=server workers=4
#include <stdarg.h>
#include <stdio.h>

static const char *name = "stdio_logger.txt";

static int log_to(FILE *f, const char *level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = fprintf(f, "[%s] ", level);
    n += vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
    return n + 1;
}

static int read_entry(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vfscanf(f, fmt, ap);
    va_end(ap);
    return n;
}

int main(void) {
    FILE *f = fopen(name, "w+");
    int total = 0;
    total += log_to(f, "info", "started %s with %d workers", "server", 4);
    total += log_to(f, "warn", "load %.1f%%", 87.5);
    total += log_to(stdout, "info", "to stdout: %05d|%-4s|%x", 42, "ab", 255);
    printf("file position %ld, chars logged to file %d\n", ftell(f), total - 36);
    rewind(f);
    char level[8], word[16];
    int workers;
    int n = read_entry(f, "[%7[^]]] started %15s with %d", level, word, &workers);
    printf("n=%d level=%s word=%s workers=%d\n", n, level, word, workers);
    fclose(f);
    return remove(name);
}
