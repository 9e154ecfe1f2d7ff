// Structs: member offsets and padding under the x86-64 System V ABI.
// expect-exit: 0
// expect-stdout:
// | a 12 4 8 4
// | b 8 4
// | c 24 8 16
// | d 6 2
// | e 32 16
#include <stdio.h>
#include <stddef.h>
struct a { char c; int i; char d; };
struct b { char c; char d; int i; };
struct c { char c; double d; short s; };
struct d { short s; char c[3]; };
struct e { long double ld; char c; };
int main(void) {
    printf("a %zu %zu %zu %zu\n", sizeof(struct a), offsetof(struct a, i), offsetof(struct a, d), _Alignof(struct a));
    printf("b %zu %zu\n", sizeof(struct b), offsetof(struct b, i));
    printf("c %zu %zu %zu\n", sizeof(struct c), offsetof(struct c, d), offsetof(struct c, s));
    printf("d %zu %zu\n", sizeof(struct d), _Alignof(struct d));
    printf("e %zu %zu\n", sizeof(struct e), _Alignof(struct e));
    return 0;
}
