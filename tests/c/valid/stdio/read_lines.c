// Stdio: write a text file with fputs/fprintf, read it back line by line with fgets
// (including a line longer than the buffer and a last line without a newline).
// expect-exit: 0
// expect-stdout:
// | [11] first line
// | [15] second line wit|
// | [11] h number 2
// | [15] a rather long t|
// | [15] hird line that |
// | [15] will not fit in|
// | [15]  the small buff|
// | [3] er
// | [1] 
// | [15] last line witho|
// | [10] ut newline|
// | pieces=11 complete-lines=4 eof=1 error=0
#include <stdio.h>
#include <string.h>

static const char *name = "stdio_read_lines.txt";

int main(void) {
    FILE *f = fopen(name, "w");
    if (!f) return 1;
    fputs("first line\n", f);
    fprintf(f, "second line with number %d\n", 2);
    fputs("a rather long third line that will not fit in the small buffer\n", f);
    fputs("\n", f);
    fputs("last line without newline", f);
    if (fclose(f) != 0) return 2;

    f = fopen(name, "r");
    if (!f) return 3;
    char buf[16];
    int pieces = 0, lines = 0;
    while (fgets(buf, sizeof buf, f)) {
        size_t len = strlen(buf);
        pieces++;
        if (len > 0 && buf[len - 1] == '\n') lines++;
        printf("[%zu] %s%s", len, buf, len > 0 && buf[len - 1] == '\n' ? "" : "|\n");
    }
    printf("pieces=%d complete-lines=%d eof=%d error=%d\n", pieces, lines, feof(f) != 0, ferror(f) != 0);
    fclose(f);
    return remove(name) == 0 ? 0 : 4;
}
