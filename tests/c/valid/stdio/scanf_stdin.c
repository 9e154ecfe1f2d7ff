// Stdio: scanf on standard input (scanf_stdin.in): mixed conversions, a matching failure
// that leaves the input in place, scansets, and EOF at the end.
// expect-exit: 0
// expect-stdout:
// | n=4 a=12 b=-7 x=3.142 word=hello
// | n=0 (not a number)
// | n=1 skipped=abc
// | n=1 rest=[the rest of this line]
// | sum=15
// | at end n=-1 eof=1
#include <stdio.h>

int main(void) {
    int n, a, b;
    double x;
    char word[32], rest[64];
    n = scanf("%d %d %lf %31s", &a, &b, &x, word);
    printf("n=%d a=%d b=%d x=%.3f word=%s\n", n, a, b, x, word);
    n = scanf("%d", &a);
    printf("n=%d (not a number)\n", n);
    n = scanf("%31s", word);
    printf("n=%d skipped=%s\n", n, word);
    n = scanf(" %63[^\n]", rest);
    printf("n=%d rest=[%s]\n", n, rest);
    int sum = 0;
    while (scanf("%d", &a) == 1) sum += a;
    printf("sum=%d\n", sum);
    n = scanf("%d", &a);
    printf("at end n=%d eof=%d\n", n, feof(stdin) != 0);
    return 0;
}
