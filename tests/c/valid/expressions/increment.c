// Expressions: prefix and postfix ++/-- on integers, pointers, floats, chars.
// expect-exit: 0
// expect-stdout:
// | 5 7 7 5 5
// | 1.5
// | b
// | b
// | acc
// | 0
// | 1
#pragma GCC diagnostic ignored "-Wbool-operation"
#include <stdio.h>
int main(void) {
    int i = 5;
    int a = i++;
    int b = ++i;
    int c = i--;
    int d = --i;
    printf("%d %d %d %d %d\n", a, b, c, d, i);
    double f = 1.5;
    f++;
    --f;
    printf("%.1f\n", f);
    char s[] = "abc", *p = s;
    p++;
    printf("%c\n", *p);
    printf("%c\n", (*p)++);
    printf("%s\n", s);
    unsigned char uc = 255;
    uc++;
    printf("%d\n", uc);
    _Bool bo = 0;
    bo++;
    bo++;
    printf("%d\n", bo);
    return 0;
}
