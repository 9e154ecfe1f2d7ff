// Stdio: wc on standard input (word_count_stdin.in) with getchar: lines, words, bytes.
// expect-exit: 0
// expect-stdout:
// | 5 19 106
// | eof=1
#include <ctype.h>
#include <stdio.h>

int main(void) {
    long lines = 0, words = 0, bytes = 0;
    int in_word = 0, c;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n') lines++;
        if (isspace(c)) in_word = 0;
        else if (!in_word) { in_word = 1; words++; }
    }
    printf("%ld %ld %ld\n", lines, words, bytes);
    printf("eof=%d\n", feof(stdin) != 0);
    return 0;
}
