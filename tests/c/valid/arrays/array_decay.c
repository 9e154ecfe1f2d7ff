// Arrays: array-to-pointer decay and where it does not happen: sizeof, &, string literal initializer.
// expect-exit: 0
// expect-stdout:
// | 32 8
// | 8 32
// | 1
// | 1
// | 32
// | 4 3
// | 8
#include <stdio.h>
static size_t size_in_callee(int *p) { return sizeof p; }
int main(void) {
    int a[8];
    printf("%zu %zu\n", sizeof a, size_in_callee(a));
    printf("%zu %zu\n", sizeof &a, sizeof *&a);
    printf("%d\n", (void *)a == (void *)&a);
    printf("%d\n", a + 1 == &a[1]);
    printf("%td\n", (char *)(&a + 1) - (char *)&a);
    char s[] = "abc";
    printf("%zu %zu\n", sizeof s, sizeof "abc" - 1);
    printf("%zu\n", sizeof(a + 0));
    return 0;
}
