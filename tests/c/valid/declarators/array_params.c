// Declarators: array parameters adjust to pointers, static/qualifiers in [], [*] in prototypes.
// expect-exit: 0
// expect-stdout:
// | 10 8 16
// | 10 42
#include <stdio.h>
static int first(int a[]) { return a[0]; }
static size_t param_size(int a[4]) { return sizeof(a[0]) * 2; }
static int sum(int n, int a[static 1]) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static void set(int a[const], int v) { a[0] = v; }
int vla_proto(int n, int a[*][*]);   /* [*] only allowed in prototypes */
static int vla_sum(int n, int m, int a[n][m]) {
    int s = 0;
    for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) s += a[i][j];
    return s;
}
static int fn_param(int f(int), int x) { return f(x); }   /* function parameter adjusts to pointer */
static int plus1(int x) { return x + 1; }
int main(void) {
    int a[4] = { 9, 1, 2, 3 };
    int grid[2][2] = { { 1, 2 }, { 3, 4 } };
    set(a, 10);
    printf("%d %zu %d\n", first(a), param_size(&a[0]), sum(4, a));
    printf("%d %d\n", vla_sum(2, 2, grid), fn_param(plus1, 41));
    return 0;
}
