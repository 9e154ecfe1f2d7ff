// Preprocessor: #undef, identical redefinition, redefinition after #undef.
// expect-exit: 0
// expect-stdout:
// | 2
// | 11
// | V gone
#include <stdio.h>
#define V 1
#define V 1
#define F(a) ((a) + V)
#define F(a) ((a) + V)
int main(void) {
    printf("%d\n", F(1));
#undef V
#define V 10
    printf("%d\n", F(1));
#undef V
#undef V
#ifndef V
    puts("V gone");
#endif
#undef NEVER_DEFINED
    return 0;
}
