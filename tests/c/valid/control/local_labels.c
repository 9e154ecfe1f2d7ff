// Control: GNU __label__ local labels inside statement-expression macros used twice.
// expect-exit: 0
// expect-stdout:
// | 2 -1
#include <stdio.h>
#define FIND_FIRST_NEG(arr, n) ({                \
    __label__ found;                             \
    int idx_ = -1;                               \
    for (int i_ = 0; i_ < (n); i_++)             \
        if ((arr)[i_] < 0) { idx_ = i_; goto found; } \
    found:                                       \
    idx_; })
int main(void) {
    int a[] = { 3, 4, -1, 5 }, b[] = { 1, 2 };
    printf("%d %d\n", FIND_FIRST_NEG(a, 4), FIND_FIRST_NEG(b, 2));
    return 0;
}
