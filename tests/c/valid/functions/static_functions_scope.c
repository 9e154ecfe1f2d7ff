// Functions: static (internal) functions, forward declarations, and a function declared in a block.
// expect-exit: 0
// expect-stdout:
// | 9 10
#include <stdio.h>
static int helper(int);
static int api(int x) { return helper(x) + 1; }
static int helper(int x) { return x * x; }
int main(void) {
    static int (*const exported)(int) = api;
    {
        int helper(int);          /* refers to the same internal-linkage helper */
        printf("%d %d\n", helper(3), exported(3));
    }
    return 0;
}
