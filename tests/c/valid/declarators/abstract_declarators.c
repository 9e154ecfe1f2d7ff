// Declarators: abstract declarators in casts, sizeof, prototypes and _Generic (C17 6.7.7).
// expect-exit: 0
// expect-stdout:
// | 8 40 8
// | 8 24
// | 32
// | -8 21
// | 5
// | 1
#include <stdio.h>
static int apply(int (*)(int), int);
static int neg(int x) { return -x; }
static int apply(int (*f)(int), int v) { return f(v); }
static int sum_rows(int n, int (*)[3]);
static int sum_rows(int n, int (*rows)[3]) {
    int s = 0;
    for (int i = 0; i < n; i++) for (int j = 0; j < 3; j++) s += rows[i][j];
    return s;
}
int main(void) {
    printf("%zu %zu %zu\n", sizeof(int *), sizeof(int[10]), sizeof(int (*)[10]));
    printf("%zu %zu\n", sizeof(int (*)(void)), sizeof(char *[3]));
    printf("%zu\n", sizeof(int (*[4])(double)));
    int m[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    printf("%d %d\n", apply(neg, 8), sum_rows(2, m));
    void *vp = m;
    int (*rows)[3] = (int (*)[3])vp;
    printf("%d\n", rows[1][1]);
    printf("%d\n", _Generic((int (*)[3])0, int (*)[3]: 1, default: 0));
    return 0;
}
