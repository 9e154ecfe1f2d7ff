// Declarators: pointers to arrays and arrays of pointers, with pointer arithmetic on each.
// expect-exit: 0
// expect-stdout:
// | 12 23
// | 21 10
// | 16
// | 20 48
#include <stdio.h>
int main(void) {
    int m[3][4];
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;
    int (*pa)[4] = m;          /* pointer to array of 4 int */
    int *ap[3] = { m[0], m[1], m[2] };  /* array of 3 pointers to int */
    pa++;
    printf("%d %d\n", (*pa)[2], pa[1][3]);
    printf("%d %d\n", *(ap[2] + 1), *ap[1]);
    printf("%td\n", (char *)(pa + 1) - (char *)pa);
    int (*whole)[3][4] = &m;
    printf("%d %zu\n", (*whole)[2][0], sizeof *whole);
    return 0;
}
