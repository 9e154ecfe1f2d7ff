// Initializers: initializer expressions in automatic aggregates may call functions (each element once).
// expect-exit: 0
// expect-stdout:
// | 10 20 30 10 30 2
#include <stdio.h>
static int calls = 0;
static int next(void) { return ++calls * 10; }
int main(void) {
    int a = next();
    int b = next();
    int arr[3] = { a, b, a + b };
    struct { int x, y; } pt = { .y = arr[2], .x = arr[0] };
    printf("%d %d %d %d %d %d\n", arr[0], arr[1], arr[2], pt.x, pt.y, calls);
    return 0;
}
