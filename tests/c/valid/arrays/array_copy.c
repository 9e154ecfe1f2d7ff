// Arrays: arrays cannot be assigned, but arrays inside structs can; memcpy and element loops.
// expect-exit: 0
// expect-stdout:
// | 1 10
// | 8 0
// | 4 3 2 1
// | 1
#include <stdio.h>
#include <string.h>
struct wrap { int v[4]; };
int main(void) {
    int a[4] = { 1, 2, 3, 4 }, b[4];
    memcpy(b, a, sizeof a);
    b[0] = 10;
    printf("%d %d\n", a[0], b[0]);
    struct wrap x = { { 5, 6, 7, 8 } }, y;
    y = x;
    y.v[3] = 0;
    printf("%d %d\n", x.v[3], y.v[3]);
    int c[4];
    for (int i = 0; i < 4; i++) c[3 - i] = a[i];
    printf("%d %d %d %d\n", c[0], c[1], c[2], c[3]);
    printf("%d\n", memcmp(a, c, sizeof a) < 0);
    return 0;
}
