// Declarations: linkage of identifiers across declarations (C17 6.2.2), function declarations in blocks.
// expect-exit: 0
// expect-stdout:
// | 41 77
#include <stdio.h>
static int helper(int);
int visible(int x) { return helper(x) + 1; }
static int helper(int x) { return x * 10; }
int main(void) {
    int visible(int);            /* block-scope function declaration */
    extern int helper2(void);    /* declared here, defined below */
    printf("%d %d\n", visible(4), helper2());
    return 0;
}
int helper2(void) { return 77; }
