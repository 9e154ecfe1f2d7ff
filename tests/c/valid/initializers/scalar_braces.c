// Initializers: scalars may be initialised with a braced single expression; expressions in auto initializers.
// expect-exit: 0
// expect-stdout:
// | 3 1.5 3 7
// | 7 14 21
#include <stdio.h>
static int twice(int x) { return 2 * x; }
int main(void) {
    int a = { 3 };
    double d = { 1.5 };
    int *p = { &a };
    int n = twice(a) + 1;
    int arr[3] = { n, twice(n), a * n };
    printf("%d %.1f %d %d\n", a, d, *p, n);
    printf("%d %d %d\n", arr[0], arr[1], arr[2]);
    return 0;
}
