// Functions: recursion 10000 levels deep (sum of a list built on the stack).
// expect-exit: 0
// expect-stdout:
// | 500500
// | 10000
#include <stdio.h>
struct frame { int value; const struct frame *up; };
static long walk(const struct frame *f) { return f ? f->value + walk(f->up) : 0; }
static long dive(int depth, const struct frame *up) {
    struct frame here = { depth, up };
    if (depth == 0) return walk(&here);
    return dive(depth - 1, &here);
}
static int depth_count(int n) { return n == 0 ? 0 : 1 + depth_count(n - 1); }
int main(void) {
    printf("%ld\n", dive(1000, NULL));
    printf("%d\n", depth_count(10000));
    return 0;
}
