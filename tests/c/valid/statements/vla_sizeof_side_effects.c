// Statements: sizeof of a VLA type evaluates its size expression; VLA sizes fixed at declaration.
// expect-exit: 0
// expect-stdout:
// | 12 4
// | 16 5
// | 10 20 30
#include <stdio.h>
int main(void) {
    int n = 3;
    size_t s = sizeof(int[n++]);
    printf("%zu %d\n", s, n);
    int fixed = 5;
    size_t t = sizeof(int[4]);      /* not a VLA: nothing evaluated */
    printf("%zu %d\n", t, fixed);
    for (int i = 1; i <= 3; i++) {
        char buf[i * 10];
        printf("%zu%c", sizeof buf, i < 3 ? ' ' : '\n');
    }
    return 0;
}
