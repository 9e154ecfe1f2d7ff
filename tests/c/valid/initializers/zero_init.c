// Initializers: static storage is zero-initialised; partial initializers zero the rest; {0}.
// expect-exit: 0
// expect-stdout:
// | 0 0.0 1 0
// | 0 0.0 1
// | 5 0.0 0
// | 1 0 0 0.0
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stdio.h>
struct mix { int i; double d; char *p; char s[4]; };
static struct mix global;
static int garr[4];
int main(void) {
    struct mix local = { 0 };
    struct mix partial = { 5 };
    int arr[5] = { 1 };
    static double sd;
    printf("%d %.1f %d %d\n", global.i, global.d, global.p == 0, global.s[3]);
    printf("%d %.1f %d\n", local.i, local.d, local.p == 0);
    printf("%d %.1f %d\n", partial.i, partial.d, partial.s[0]);
    printf("%d %d %d %.1f\n", arr[0], arr[4], garr[3], sd);
    return 0;
}
