// Declarations: _Alignas on objects and members, alignof of types, stdalign.h spellings.
// expect-exit: 0
// expect-stdout:
// | 32 16
// | 1
// | 1
// | 1
// | 1 2 16 4
// | q 3
#include <stdio.h>
#include <stdalign.h>
#include <stdint.h>
struct with_aligned { char c; _Alignas(16) int x; char d; };
static _Alignas(32) char buffer[64];
static alignas(double) char raw[sizeof(double)];
int main(void) {
    _Alignas(64) int local = 3;
    _Alignas(long) char small;
    small = 'q';
    printf("%zu %zu\n", sizeof(struct with_aligned), _Alignof(struct with_aligned));
    printf("%d\n", (int)((uintptr_t)buffer % 32 == 0));
    printf("%d\n", (int)((uintptr_t)&local % 64 == 0));
    printf("%d\n", (int)((uintptr_t)raw % alignof(double) == 0));
    printf("%zu %zu %zu %zu\n", alignof(char), alignof(short), alignof(long double), alignof(int[5]));
    printf("%c %d\n", small, local);
    return 0;
}
