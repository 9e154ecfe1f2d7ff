// Types: qualifiers are dropped for rvalues; _Generic sees the unqualified type (C17 6.5.1.1).
// expect-exit: 0
// expect-stdout:
// | int
// | int
// | const int *
// | int *
// | int
// | other
#include <stdio.h>
#define KIND(x) _Generic((x), int: "int", const int *: "const int *", int *: "int *", default: "other")
int main(void) {
    const int ci = 3;
    volatile int vi = 4;
    int i = 5;
    const int *pci = &ci;
    int *pi = &i;
    puts(KIND(ci));
    puts(KIND(vi));
    puts(KIND(pci));
    puts(KIND(pi));
    puts(KIND(+ci));
    puts(KIND(3.0));
    return 0;
}
