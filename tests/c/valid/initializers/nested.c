// Initializers: nested braces, brace elision, nested designators (C17 6.7.9).
// expect-exit: 0
// expect-stdout:
// | 1 2 3
// | 4 5 0
// | 1 0 5 0
// | 3 4 5
// | 7 0 0 9 8
// | 2 0 6
#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>
struct inner { int a, b; };
struct outer { struct inner in[2]; int tail; };
int main(void) {
    int m[2][3] = { 1, 2, 3, 4, 5 };          /* brace elision */
    for (int i = 0; i < 2; i++) printf("%d %d %d\n", m[i][0], m[i][1], m[i][2]);
    int n[2][3] = { { 1 }, { 4, 5 } };
    printf("%d %d %d %d\n", n[0][0], n[0][1], n[1][1], n[1][2]);
    struct outer o = { { { 1, 2 }, { 3, 4 } }, 5 };
    struct outer e = { 1, 2, 3, 4, 5 };       /* fully elided */
    printf("%d %d %d\n", o.in[1].a, e.in[1].b, e.tail);
    struct outer d = { .in[1].b = 9, .in[0] = { 7 }, .tail = 8 };
    printf("%d %d %d %d %d\n", d.in[0].a, d.in[0].b, d.in[1].a, d.in[1].b, d.tail);
    int z[3][2] = { [2][1] = 6, [0] = { 1, 2 } };
    printf("%d %d %d\n", z[0][1], z[1][0], z[2][1]);
    return 0;
}
