// Expressions: character arithmetic: digits, letters, case folding, and ranges.
// expect-exit: 0
// expect-stdout:
// | 90417
// | ABCDE
// | 25 z 7
// | beef
#include <stdio.h>
int main(void) {
    const char *num = "90417";
    int v = 0;
    for (const char *p = num; *p; p++) v = v * 10 + (*p - '0');
    printf("%d\n", v);
    for (char c = 'a'; c <= 'e'; c++) putchar(c - 'a' + 'A');
    putchar('\n');
    printf("%d %c %c\n", 'z' - 'a', 'a' + 25, (char)('0' + 7));
    char hex[] = "0123456789abcdef";
    unsigned x = 48879;
    char out[9];
    int n = 0;
    do { out[n++] = hex[x % 16]; x /= 16; } while (x);
    while (n) putchar(out[--n]);
    putchar('\n');
    return 0;
}
