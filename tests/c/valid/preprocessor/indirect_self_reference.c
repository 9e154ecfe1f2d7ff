// Preprocessor: mutually recursive object-like macros stop expanding (C17 6.10.3.4p2).
// expect-exit: 0
// expect-stdout:
// | 1 2
// | a b
#include <stdio.h>
static int a = 1, b = 2;
#define a b
#define b a
#define STR(x) #x
#define XSTR(x) STR(x)
int main(void) {
    printf("%d %d\n", a, b);     /* a -> b -> a (stops): prints a's value */
    puts(XSTR(a) " " XSTR(b));
    return 0;
}
