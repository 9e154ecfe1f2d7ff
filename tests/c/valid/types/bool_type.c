// Types: _Bool conversion rules: any nonzero scalar becomes 1 (C17 6.3.1.2).
// expect-exit: 0
// expect-stdout:
// | 1 1 1 0 1 0 1 1
// | 1
// | 0 2
// | 2 4
#include <stdio.h>
#include <stdbool.h>
int main(void) {
    _Bool a = 5, b = 0.5, c = -1, d = 0;
    bool e = true, f = false;
    int x = 3;
    int *px = &x;
    bool g = px;
    _Bool h = 256;
    printf("%d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h);
    a += 1;
    printf("%d\n", a);
    b = !b;
    printf("%d %d\n", b, true + true);
    _Bool flags[4] = { 1, 0, 2, 0 };
    int n = 0;
    for (int i = 0; i < 4; i++) n += flags[i];
    printf("%d %zu\n", n, sizeof flags);
    return 0;
}
