// GNU: typeof in declarations of arrays, pointers and function pointers.
// expect-exit: 0
// expect-stdout:
// | 16 40 25 4
// | 9
#include <stdio.h>
static int sq(int x) { return x * x; }
int main(void) {
    int arr[4] = { 1, 2, 3, 4 };
    typeof(arr) copy;
    for (int i = 0; i < 4; i++) copy[i] = arr[i] * 10;
    typeof(&arr[0]) p = copy;
    typeof(sq) *fp = sq;
    typeof(typeof(int) *) q = &arr[3];
    printf("%zu %d %d %d\n", sizeof copy, p[3], fp(5), *q);
    const typeof(arr[0]) k = 9;
    printf("%d\n", k);
    return 0;
}
