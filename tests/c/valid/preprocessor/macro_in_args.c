// Preprocessor: arguments are fully expanded before substitution, except next to # and ##.
// expect-exit: 0
// expect-stdout:
// | 3
// | 12
// | 12
// | ONE
// | 6
#include <stdio.h>
#define ONE 1
#define TWO 2
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define STR(a) #a
#define ADD(a, b) ((a) + (b))
#define ONETWO 12
int main(void) {
    printf("%d\n", ADD(ONE, TWO));
    printf("%d\n", CAT(ONE, TWO));
    printf("%d\n", XCAT(ONE, TWO));
    puts(STR(ONE));
    printf("%d\n", ADD(ADD(ONE, ONE), ADD(TWO, TWO)));
    return 0;
}
