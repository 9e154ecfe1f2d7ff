// Statements: selection and iteration statements are blocks: declarations in for do not leak (C17 6.8.4p3, 6.8.5p5).
// expect-exit: 0
// expect-stdout:
// | 100
// | 1
// | 100
// | 0 10
#include <stdio.h>
int main(void) {
    int i = 100;
    for (int i = 0; i < 3; i++) {}
    printf("%d\n", i);
    if (i > 50) {
        int i = 1;
        printf("%d\n", i);
    }
    printf("%d\n", i);
    for (int k = 0; k < 2; k++) {
        int k2 = k * 10;
        printf("%d%c", k2, k ? '\n' : ' ');
    }
    return 0;
}
