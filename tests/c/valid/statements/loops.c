// Statements: while, do-while, for with all parts optional, nested loops.
// expect-exit: 0
// expect-stdout:
// | 10
// | 7
// | 1
// | 4
// | 6
// | -2
#include <stdio.h>
int main(void) {
    int i = 0, s = 0;
    while (i < 5) s += i++;
    printf("%d\n", s);
    do s -= 1; while (s > 7);
    printf("%d\n", s);
    int k = 0;
    do { k++; } while (0);
    printf("%d\n", k);
    int n = 0;
    for (;;) { if (++n == 4) break; }
    printf("%d\n", n);
    int c = 0;
    for (int a = 0; a < 3; a++)
        for (int b = a; b < 3; b++)
            c++;
    printf("%d\n", c);
    int j = 10;
    for (; j > 0;) j -= 3;
    printf("%d\n", j);
    return 0;
}
