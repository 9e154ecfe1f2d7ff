// A union whose first (initialised) member is a bit-field: the initialiser stores into the
// bit-field, truncated to its width (gcc wraps out-of-range values into a signed bit-field).
// expect-exit: 0
// expect-stdout:
// | -1 1
// | 3 -2
#pragma GCC diagnostic ignored "-Woverflow"
#include <stdio.h>
union small { signed f0 : 2; unsigned f1 : 7; };
union wide { unsigned f0 : 5; long f1; };
static union small g = {0x2EC213DBL};
int main(void) {
    union small l = {5};
    union wide w = {0x23};
    union wide z = {.f0 = 30};
    printf("%d %d\n", g.f0, l.f0);
    printf("%u %d\n", w.f0, (signed char)(z.f0 | 0xE0));
    return 0;
}
