// Statements: loops with empty bodies doing all their work in the header.
// expect-exit: 0
// expect-stdout:
// | 12
// | 11
// | 10 90
#include <stdio.h>
int main(void) {
    const char *s = "find the end";
    const char *p;
    for (p = s; *p; p++);
    printf("%td\n", p - s);
    int n = 0;
    while (n++ < 10);
    printf("%d\n", n);
    int i, j;
    for (i = 0, j = 100; i * i < j; i++, j--) {}
    printf("%d %d\n", i, j);
    return 0;
}
