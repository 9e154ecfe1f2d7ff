// GNU: static initialisation of a flexible array member (GNU extension).
// expect-exit: 0
// expect-stdout:
// | 4 100
#include <stdio.h>
struct table { int n; int items[]; };
static struct table t = { 4, { 10, 20, 30, 40 } };
int main(void) {
    int sum = 0;
    for (int i = 0; i < t.n; i++) sum += t.items[i];
    printf("%d %d\n", t.n, sum);
    return 0;
}
