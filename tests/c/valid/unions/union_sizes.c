// Unions: size is the largest member rounded to the strictest alignment; all members at offset 0.
// expect-exit: 0
// expect-stdout:
// | 4 4
// | 8 4
// | 16 8
// | 16 16
// | 0 0 0
#include <stdio.h>
#include <stddef.h>
union u1 { char c; int i; };
union u2 { char c[5]; int i; };
union u3 { char c; double d; short s[7]; };
union u4 { struct { char a, b; } s; long double ld; };
int main(void) {
    printf("%zu %zu\n", sizeof(union u1), _Alignof(union u1));
    printf("%zu %zu\n", sizeof(union u2), _Alignof(union u2));
    printf("%zu %zu\n", sizeof(union u3), _Alignof(union u3));
    printf("%zu %zu\n", sizeof(union u4), _Alignof(union u4));
    printf("%zu %zu %zu\n", offsetof(union u3, c), offsetof(union u3, d), offsetof(union u3, s));
    return 0;
}
