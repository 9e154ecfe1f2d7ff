// Declarations: const/volatile/restrict in every position, qualified pointers.
// expect-exit: 0
// expect-stdout:
// | 5 6 7 2
// | 5 5 5
// | 2 4 6 12
// | 5
#include <stdio.h>
static void copy(int n, int *restrict dst, const int *restrict src) {
    for (int i = 0; i < n; i++) dst[i] = src[i] * 2;
}
static int sum(const int a[const 3]) { return a[0] + a[1] + a[2]; }
int main(void) {
    const int c = 5;
    volatile int v = 6;
    const volatile int cv = 7;
    int x = 1;
    int *const cp = &x;          /* constant pointer */
    const int *pc = &c;          /* pointer to constant */
    const int *const cpc = &c;
    int const *also_pc = pc;
    *cp = 2;
    int src[3] = { 1, 2, 3 }, dst[3];
    copy(3, dst, src);
    printf("%d %d %d %d\n", c, v, cv, x);
    printf("%d %d %d\n", *pc, *cpc, *also_pc);
    printf("%d %d %d %d\n", dst[0], dst[1], dst[2], sum(dst));
    const int *const *ppc = &pc;
    printf("%d\n", **ppc);
    return 0;
}
