// Functions: returning structs containing arrays, used to "return an array" by value.
// expect-exit: 0
// expect-stdout:
// | -2 4 9
// | 1
#include <stdio.h>
struct triple { int v[3]; };
static struct triple sorted(int a, int b, int c) {
    struct triple t = { { a, b, c } };
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2 - i; j++)
            if (t.v[j] > t.v[j + 1]) { int x = t.v[j]; t.v[j] = t.v[j + 1]; t.v[j + 1] = x; }
    return t;
}
int main(void) {
    struct triple t = sorted(9, -2, 4);
    printf("%d %d %d\n", t.v[0], t.v[1], t.v[2]);
    printf("%d\n", sorted(3, 2, 1).v[0]);
    return 0;
}
