// Expressions: GNU statement expressions ({ ... }) yield the last expression statement's value.
// expect-exit: 0
// expect-stdout:
// | 9 4
// | 10
// | 6
// | void statement expression
#include <stdio.h>
#define SQUARE_ONCE(x) ({ __typeof__(x) v_ = (x); v_ * v_; })
int main(void) {
    int i = 3;
    int s = SQUARE_ONCE(i++);
    printf("%d %d\n", s, i);
    int r = ({ int acc = 0; for (int k = 1; k <= 4; k++) acc += k; acc; });
    printf("%d\n", r);
    printf("%d\n", ({ int t = 5; t > 3 ? t : 0; }) + 1);
    ({ puts("void statement expression"); });
    return 0;
}
