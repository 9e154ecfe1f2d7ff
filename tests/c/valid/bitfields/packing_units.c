// Bit-fields: how fields share storage units; fields do not straddle their declared type's unit.
// expect-exit: 0
// expect-stdout:
// | 8 2 16 4 4 8
// | ffffffffff 12345
#include <stdio.h>
struct s1 { unsigned a : 20; unsigned b : 20; };
struct s2 { unsigned char a : 5; unsigned char b : 5; };
struct s3 { unsigned long long a : 40; unsigned long long b : 30; };
struct s4 { char c; int x : 8; };
struct s5 { short s : 9; char c; };
struct s6 { unsigned a : 31; unsigned char b : 2; };
int main(void) {
    printf("%zu %zu %zu %zu %zu %zu\n", sizeof(struct s1), sizeof(struct s2), sizeof(struct s3),
           sizeof(struct s4), sizeof(struct s5), sizeof(struct s6));
    struct s3 v = { 0xFFFFFFFFFFULL, 12345 };
    printf("%llx %llu\n", (unsigned long long)v.a, (unsigned long long)v.b);
    return 0;
}
