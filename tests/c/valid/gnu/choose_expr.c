// GNU: __builtin_choose_expr and __builtin_types_compatible_p for type-generic macros.
// expect-exit: 0
// expect-stdout:
// | double
// | not double
// | 1 0
// | 1
#include <stdio.h>
#define IS_DOUBLE(x) __builtin_types_compatible_p(__typeof__(x), double)
#define DESCRIBE(x) __builtin_choose_expr(IS_DOUBLE(x), "double", "not double")
int main(void) {
    double d = 1;
    int i = 1;
    puts(DESCRIBE(d));
    puts(DESCRIBE(i));
    printf("%d %d\n", __builtin_types_compatible_p(int[3], int[]), __builtin_types_compatible_p(char *, const char *));
    printf("%zu\n", sizeof(__builtin_choose_expr(1, (char)0, 0.0)));
    return 0;
}
