// Statements: return with conversion, early returns, return in void function without value.
// expect-exit: 7
// expect-stdout:
// | 65 3.0
// | 4
// | 2 -1
#include <stdio.h>
static char narrow(int x) { return x; }
static double widen(int x) { return x; }
static void maybe_print(int v) {
    if (v < 0) return;
    printf("%d\n", v);
}
static int find(const int *a, int n, int key) {
    for (int i = 0; i < n; i++)
        if (a[i] == key) return i;
    return -1;
}
int main(void) {
    printf("%d %.1f\n", narrow(65 + 256 * 0), widen(3));
    maybe_print(-1);
    maybe_print(4);
    int a[] = { 5, 6, 7 };
    printf("%d %d\n", find(a, 3, 7), find(a, 3, 9));
    return a[2];
}
