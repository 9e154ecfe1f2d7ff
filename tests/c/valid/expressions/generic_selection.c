// Expressions: _Generic dispatch on many types, default association, unevaluated other branches.
// expect-exit: 0
// expect-stdout:
// | bool
// | int
// | schar
// | ushort
// | ullong
// | ldouble
// | char*
// | const char*
// | other
// | 4 2.5
// | 0
// | char*
#include <stdio.h>
#define TYPE_NAME(x) _Generic((x), \
    _Bool: "bool", char: "char", signed char: "schar", unsigned char: "uchar", \
    short: "short", unsigned short: "ushort", int: "int", unsigned: "uint", \
    long: "long", unsigned long: "ulong", long long: "llong", unsigned long long: "ullong", \
    float: "float", double: "double", long double: "ldouble", \
    char *: "char*", const char *: "const char*", void *: "void*", default: "other")
static int absi(int x) { return x < 0 ? -x : x; }
static double absd(double x) { return x < 0 ? -x : x; }
#define ABS(x) _Generic((x), int: absi, double: absd)(x)
struct s { int a; };
int main(void) {
    _Bool b = 0; signed char sc = 0; unsigned short us = 0;
    puts(TYPE_NAME(b)); puts(TYPE_NAME('a')); puts(TYPE_NAME(sc)); puts(TYPE_NAME(us));
    puts(TYPE_NAME(1ull)); puts(TYPE_NAME(1.0L)); puts(TYPE_NAME("lit"));
    const char *cs = "x";
    puts(TYPE_NAME(cs));
    struct s v = { 1 };
    puts(TYPE_NAME(v));
    printf("%d %.1f\n", ABS(-4), ABS(-2.5));
    int n = 0;
    (void)_Generic(n, int: 0, double: n++);
    printf("%d\n", n);
    char arr[3];
    puts(TYPE_NAME(arr));
    return 0;
}
