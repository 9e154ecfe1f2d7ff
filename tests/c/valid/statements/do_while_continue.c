// Statements: continue in do-while jumps to the condition; nested do-while.
// expect-exit: 0
// expect-stdout:
// | 9 25
// | 9
#include <stdio.h>
int main(void) {
    int i = 0, odd = 0;
    do {
        i++;
        if (i % 2 == 0) continue;
        odd += i;
    } while (i < 9);
    printf("%d %d\n", i, odd);
    int a = 0, total = 0;
    do {
        int b = 0;
        do { total += a * b; } while (++b < 3);
    } while (++a < 3);
    printf("%d\n", total);
    return 0;
}
