// Expressions: sizeof applied to typedefs, arrays of structs, pointers to arrays, and expressions of each type.
// expect-exit: 0
// expect-stdout:
// | 16 80 8
// | 8 24
// | 8 28
// | 2 4 2
// | 0
// | 3
#include <stdio.h>
typedef struct { char c; double d; } pair;
typedef pair pairs[5];
typedef int (*fp)(int);
int main(void) {
    pairs ps;
    printf("%zu %zu %zu\n", sizeof(pair), sizeof(pairs), sizeof ps[0].d);
    printf("%zu %zu\n", sizeof(fp), sizeof(fp[3]));
    printf("%zu %zu\n", sizeof(int (*)[7]), sizeof(*(int (*)[7])0));
    short s = 0;
    printf("%zu %zu %zu\n", sizeof s, sizeof(s + s), sizeof(s = 1));
    printf("%d\n", s);
    printf("%zu\n", sizeof(char) + sizeof(unsigned char) + sizeof(signed char));
    return 0;
}
