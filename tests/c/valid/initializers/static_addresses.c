// Initializers: static initializers with address constants: &obj, arrays, members, offsets, functions.
// expect-exit: 0
// expect-stdout:
// | 10 4 8 5
// | atic 99
// | 10 2 7
// | 2
#include <stdio.h>
struct pair { int a, b; };
static int g = 10;
static int arr[5] = { 1, 2, 3, 4, 5 };
static struct pair pr = { 7, 8 };
static int *pg = &g;
static int *parr = arr + 3;
static int *pmem = &pr.b;
static int (*whole)[5] = &arr;
static const char *str = "static" + 2;
static int f(void) { return 99; }
static int (*pf)(void) = f;
static int *ptrs[] = { &g, &arr[1], &pr.a };
static char *cp = (char *)&arr[1];
int main(void) {
    printf("%d %d %d %d\n", *pg, *parr, *pmem, (*whole)[4]);
    printf("%s %d\n", str, pf());
    printf("%d %d %d\n", *ptrs[0], *ptrs[1], *ptrs[2]);
    printf("%d\n", *(int *)cp);
    return 0;
}
