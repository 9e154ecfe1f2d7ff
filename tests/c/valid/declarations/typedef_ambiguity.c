// Declarations: typedef names vs identifiers: "T * x;" declares, "(T)(x)" casts, shadowing.
// expect-exit: 0
// expect-stdout:
// | 6
// | 14
// | 6
// | 4
// | 5
// | 9
#include <stdio.h>
typedef int T;
static int count_decl(void) {
    T * x;          /* declaration of a pointer, not a multiplication */
    T y = 6;
    x = &y;
    return *x;
}
static int shadow(void) {
    int T = 3;      /* T is now an ordinary identifier in this scope */
    int x = 2;
    int r = T * x;  /* multiplication */
    {
        typedef long T;  /* and a typedef again */
        r += (int)sizeof(T);
    }
    return r;
}
int main(void) {
    T x = 5;
    long v = (T)(x) + 1;          /* cast */
    printf("%d\n", count_decl());
    printf("%d\n", shadow());
    printf("%ld\n", v);
    printf("%zu\n", sizeof(T));
    printf("%zu\n", sizeof (T) + 1);
    T (y) = 9;                    /* parenthesised declarator */
    printf("%d\n", y);
    return 0;
}
