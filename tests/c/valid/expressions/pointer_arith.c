// Expressions: pointer + integer, pointer - pointer (ptrdiff_t), subscripts commute.
// expect-exit: 0
// expect-stdout:
// | 20 30 10
// | 30 30
// | 3
// | 150
// | 3 24
// | 5
#include <stdio.h>
#include <stddef.h>
int main(void) {
    int a[6] = { 0, 10, 20, 30, 40, 50 };
    int *p = a + 2;
    printf("%d %d %d\n", *p, p[1], *(p - 1));
    printf("%d %d\n", 3[a], 1[p]);
    ptrdiff_t d = &a[5] - p;
    printf("%td\n", d);
    int *end = a + 6;
    int n = 0;
    for (int *q = a; q != end; q++) n += *q;
    printf("%d\n", n);
    double ds[4];
    printf("%td %td\n", &ds[3] - &ds[0], (char *)&ds[3] - (char *)&ds[0]);
    char str[] = "hello";
    char *s = str;
    while (*s) s++;
    printf("%td\n", s - str);
    return 0;
}
