// Declarations: _Static_assert at file, block and struct-member scope (C17 6.7.10).
// expect-exit: 0
// expect-stdout:
// | asserts hold
#include <stdio.h>
#include <assert.h>
_Static_assert(sizeof(int) == 4, "int is 32-bit");
static_assert(sizeof(long) == 8, "LP64");
struct s {
    int a;
    _Static_assert(1 + 1 == 2, "inside a struct");
    char b;
};
_Static_assert(sizeof(struct s) == 8, "padding");
int main(void) {
    _Static_assert(_Alignof(double) == 8, "double alignment");
    for (int i = 0; i < 1; i++) {
        _Static_assert((char)-1 < 0, "char is signed");
        puts("asserts hold");
    }
    return 0;
}
