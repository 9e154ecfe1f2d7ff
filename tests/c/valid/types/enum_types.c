// Types: enumeration constants are int; enum types, explicit values, negative and repeated values.
// expect-exit: 0
// expect-stdout:
// | 0 1 10 11 -3 -2 12
// | 4 4
// | 2147483647
// | 12 1
// | 4 1
// | 10
#include <stdio.h>
enum small { A, B, C = 10, D, E = -3, F, G = D + 1 };
enum big { HUGE_VAL_E = 0x7fffffff };
enum unsigned_range { U = 0xffffffffu };
int main(void) {
    printf("%d %d %d %d %d %d %d\n", A, B, C, D, E, F, G);
    printf("%zu %zu\n", sizeof(enum small), sizeof(A));
    printf("%d\n", HUGE_VAL_E);
    enum small s = D;
    s++;
    printf("%d %d\n", s, s == G);
    printf("%zu %d\n", sizeof(enum unsigned_range), (enum unsigned_range)U > 0);
    enum { LOCAL1 = 5, LOCAL2 = LOCAL1 * 2 } local = LOCAL2;
    printf("%d\n", local);
    return 0;
}
