// Declarators: nested pointer/array/function declarators read inside-out (C17 6.7.6).
// expect-exit: 0
// expect-stdout:
// | 1 2
// | 4 6
// | 8 32 8
// | 1
#include <stdio.h>
static int one(void) { return 1; }
static int two(void) { return 2; }
static int (*table[2])(void) = { one, two };           /* array of 2 pointers to functions */
static int (*(*get_table(void))[2])(void) { return &table; } /* function returning pointer to that array */
static int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
static int (*row_ptr(int i))[3] { return &grid[i]; }   /* function returning pointer to array */
int main(void) {
    int (*(*pt)[2])(void) = get_table();
    printf("%d %d\n", (*pt)[0](), (*pt)[1]());
    int (*r)[3] = row_ptr(1);
    printf("%d %d\n", (*r)[0], r[0][2]);
    char *(*(*x)[4])[5];                                /* pointer to array of 4 pointers to arrays of 5 char* */
    printf("%zu %zu %zu\n", sizeof x, sizeof *x, sizeof **x);
    int *(*(*fpp)(int))[2];                             /* ptr to function returning ptr to array of 2 int* */
    fpp = 0;
    printf("%d\n", fpp == 0);
    return 0;
}
