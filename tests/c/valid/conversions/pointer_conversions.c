// Conversions: void* round trips, null pointer constants, pointer to integer via uintptr_t.
// expect-exit: 0
// expect-stdout:
// | 42
// | 1
// | 1
// | 1 1 1
// | 1
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
int main(void) {
    int x = 42;
    void *v = &x;
    int *p = v;
    printf("%d\n", *p);
    char *c = (char *)&x;
    int *back = (int *)c;
    printf("%d\n", *back == 42);
    uintptr_t u = (uintptr_t)p;
    int *q = (int *)u;
    printf("%d\n", q == &x);
    int *n1 = 0, *n2 = NULL, *n3 = (void *)0;
    printf("%d %d %d\n", n1 == n2, n2 == n3, !n1);
    const int *cp = p;
    printf("%d\n", cp == p);
    return 0;
}
