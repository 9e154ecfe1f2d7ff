// Types: typedefs of typedefs, qualified typedefs, typedef'd pointer vs pointer to typedef.
// expect-exit: 0
// expect-stdout:
// | 7 6 1
// | 1
// | 8
#include <stdio.h>
typedef int base_t;
typedef base_t derived_t;
typedef const derived_t cint_t;
typedef derived_t *ptr_t;
typedef const ptr_t const_ptr_t;        /* const pointer to int, not pointer to const int */
int main(void) {
    derived_t x = 5;
    cint_t y = 6;
    const_ptr_t p = &x;
    *p = 7;                              /* allowed: the pointee is not const */
    printf("%d %d %d\n", x, y, _Generic(p, int *: 1, default: 0));
    printf("%d\n", _Generic((ptr_t)0, int *: 1, default: 0));
    printf("%zu\n", sizeof(const_ptr_t));
    return 0;
}
