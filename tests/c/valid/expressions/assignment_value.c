// Expressions: the value of an assignment is the new value of the left operand, converted.
// expect-exit: 0
// expect-stdout:
// | 44
// | 7
// | 2 2.75
// | 4 4 4
// | x=3
// | 294
#pragma GCC diagnostic ignored "-Woverflow"
#include <stdio.h>
int main(void) {
    char c;
    int i = (c = 300);
    printf("%d\n", i);
    unsigned char uc;
    printf("%d\n", (uc = 256 + 7));
    double d;
    int j = (int)(d = 2.75);
    printf("%d %.2f\n", j, d);
    int a, b, e;
    a = b = e = 4;
    printf("%d %d %d\n", a, b, e);
    int x = 0;
    if ((x = 3) > 2) printf("x=%d\n", x);
    int ch, count = 0;
    const char *src = "abc";
    while ((ch = *src++) != 0) count += ch;
    printf("%d\n", count);
    return 0;
}
