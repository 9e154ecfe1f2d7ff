// Stdio: the end-of-file and error indicators: feof only after a read hits the end,
// clearerr resets both, writing to a read-only stream fails with the error indicator set,
// reading from a write-only stream too.
// expect-exit: 0
// expect-stdout:
// | getc on write-only: -1 ferror=1
// | after clearerr: 0
// | ab eof=0
// | next=-1 eof=1
// | sticky end: -1
// | fputc on read-only: -1 ferror=1
// | fputs on read-only: 1
// | after clearerr: eof=0 error=0
// | fread at end: 0 eof=1
#include <stdio.h>

static const char *name = "stdio_eof_error.txt";

int main(void) {
    FILE *f = fopen(name, "w");
    fputs("ab", f);
    int c = getc(f);
    printf("getc on write-only: %d ferror=%d\n", c, ferror(f) != 0);
    clearerr(f);
    printf("after clearerr: %d\n", ferror(f) != 0);
    fclose(f);
    f = fopen(name, "r");
    c = getc(f);
    printf("%c", c);
    c = getc(f);
    printf("%c eof=%d\n", c, feof(f) != 0);
    c = getc(f);
    printf("next=%d eof=%d\n", c, feof(f) != 0);
    c = getc(f);
    printf("sticky end: %d\n", c);
    c = fputc('x', f);
    printf("fputc on read-only: %d ferror=%d\n", c, ferror(f) != 0);
    printf("fputs on read-only: %d\n", fputs("yz", f) < 0);
    clearerr(f);
    printf("after clearerr: eof=%d error=%d\n", feof(f) != 0, ferror(f) != 0);
    char buf[4];
    size_t n = fread(buf, 1, sizeof buf, f);
    printf("fread at end: %zu eof=%d\n", n, feof(f) != 0);
    fclose(f);
    return remove(name);
}
