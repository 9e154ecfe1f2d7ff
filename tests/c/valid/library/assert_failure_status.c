// Library: a failing assert prints glibc's message on stderr and ends with status 134 (SIGABRT), losing buffered stdout.
// expect-exit: 134
#include <assert.h>
#include <stdio.h>
static int half(int x) {
    assert(x % 2 == 0 && "x must be even");
    return x / 2;
}
int main(void) {
    printf("%d\n", half(4));
    printf("%d\n", half(3));
    return 0;
}
