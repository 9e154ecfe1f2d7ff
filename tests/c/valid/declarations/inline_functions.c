// Declarations: inline functions: static inline, inline with extern definition (C17 6.7.4).
// expect-exit: 0
// expect-stdout:
// | 16 27 8 42
#include <stdio.h>
static inline int sq(int x) { return x * x; }
inline int cube(int x) { return x * x * x; }
extern inline int cube(int x);   /* this translation unit provides the external definition */
__inline__ static int twice(int x) { return 2 * x; }
int main(void) {
    int (*fp)(int) = cube;
    printf("%d %d %d %d\n", sq(4), cube(3), fp(2), twice(21));
    return 0;
}
