// Types: GNU typeof/__typeof__ on expressions and types.
// expect-exit: 0
// expect-stdout:
// | 2 1 1.5 0.5
// | 2 abcd 5
// | 8 2.5
// | 4
#include <stdio.h>
#define SWAP(a, b) do { __typeof__(a) t_ = (a); (a) = (b); (b) = t_; } while (0)
#define MAX(a, b) ({ typeof(a) a_ = (a); typeof(b) b_ = (b); a_ > b_ ? a_ : b_; })
int main(void) {
    int x = 1, y = 2;
    SWAP(x, y);
    double p = 0.5, q = 1.5;
    SWAP(p, q);
    printf("%d %d %.1f %.1f\n", x, y, p, q);
    typeof(int *) ip = &x;
    typeof(*ip) copy = *ip;
    __typeof__(char[5]) buf = "abcd";
    printf("%d %s %zu\n", copy, buf, sizeof buf);
    printf("%d %.1f\n", MAX(3, 8), MAX(2.5, -1.0));
    typeof(x + 1.0f) f = 3;
    printf("%zu\n", sizeof f);
    return 0;
}
