// Library: assert with true conditions does nothing; NDEBUG disables it after re-inclusion.
// expect-exit: 0
// expect-stdout:
// | 1
// | 1
#include <stdio.h>
#include <assert.h>
static int calls = 0;
static int counted(void) { calls++; return 1; }
int main(void) {
    assert(1 + 1 == 2);
    assert(counted());
    printf("%d\n", calls);
#define NDEBUG
#include <assert.h>
    assert(0);
    assert(counted());
    printf("%d\n", calls);
    return 0;
}
