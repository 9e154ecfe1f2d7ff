// Literals: every integer suffix and the type it selects (C17 6.4.4.1).
// expect-exit: 0
// expect-stdout:
// | int
// | unsigned
// | unsigned
// | long
// | long
// | unsigned long
// | unsigned long
// | unsigned long
// | unsigned long
// | long long
// | long long
// | unsigned long long
// | unsigned long long
// | unsigned long long
// | unsigned long long
#include <stdio.h>
#define T(x) _Generic((x), int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
                      long long: "long long", unsigned long long: "unsigned long long")
int main(void) {
    puts(T(1)); puts(T(1u)); puts(T(1U)); puts(T(1l)); puts(T(1L));
    puts(T(1ul)); puts(T(1LU)); puts(T(1uL)); puts(T(1Lu));
    puts(T(1ll)); puts(T(1LL)); puts(T(1ull)); puts(T(1LLU)); puts(T(1uLL)); puts(T(1llu));
    return 0;
}
