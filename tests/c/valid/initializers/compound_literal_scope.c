// Initializers: compound literals in a loop body are re-initialised on each iteration; file-scope ones are static.
// expect-exit: 0
// expect-stdout:
// | 100 0
// | 101 1
// | 102 4
// | 308
#include <stdio.h>
struct acc { int total; };
static struct acc *shared = &(struct acc){ 0 };
int main(void) {
    for (int i = 0; i < 3; i++) {
        int *p = (int[2]){ i, i * i };
        p[0] += 100;
        shared->total += p[0] + p[1];
        printf("%d %d\n", p[0], p[1]);
    }
    printf("%d\n", shared->total);
    return 0;
}
