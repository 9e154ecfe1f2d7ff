// Stdio: getline from standard input (getline_stdin.in): the buffer grows as needed, the
// returned length counts the newline, the last line may lack one; -1 at the end.
// expect-exit: 0
// expect-stdout:
// | 1: 6 short
// | 2: 1 
// | 3: 141 a line that is considerably longer than the others, long enough to need more than one hundred and twenty bytes of buffer space in total here
// | 4: 3 (no newline) end
// | lines=4 longest=141 enough=1
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int number = 0;
    size_t longest = 0;
    while ((len = getline(&line, &cap, stdin)) != -1) {
        number++;
        if ((size_t)len > longest) longest = (size_t)len;
        int newline = len > 0 && line[len - 1] == '\n';
        printf("%d: %zd%s %.*s\n", number, len, newline ? "" : " (no newline)", (int)(len - newline), line);
    }
    printf("lines=%d longest=%zu enough=%d\n", number, longest, cap > longest);
    free(line);
    return 0;
}
