// Idioms: _Generic for type-dispatching macros: a type-name macro, overloaded abs/max, printing any scalar, and qualified/pointer cases.
// std: c17
// expect-exit: 0
// expect-stdout:
// | char | short | unsigned char | long double | const char *
// | char * | int * | void * | other
// | promotions: int unsigned long float
// | literals: int unsigned long float unsigned
// | sizeof+bool: unsigned long _Bool
// | abs: 3 4 5 1.5 2.25
// | int:42 uint:42 dbl:2.5 str:"lit" uint:200 str:"x" int:-8
// | max: 7 2.5 2.5
// | controlling expression not evaluated: int x=5
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

#define TYPE_NAME(x) _Generic((x), \
    _Bool: "_Bool", char: "char", signed char: "signed char", unsigned char: "unsigned char", \
    short: "short", unsigned short: "unsigned short", int: "int", unsigned: "unsigned", \
    long: "long", unsigned long: "unsigned long", long long: "long long", unsigned long long: "unsigned long long", \
    float: "float", double: "double", long double: "long double", \
    char *: "char *", const char *: "const char *", void *: "void *", int *: "int *", default: "other")

#define ABS(x) _Generic((x), int: abs, long: labs, long long: llabs, float: fabsf, double: fabs, long double: fabsl)(x)

static void print_int(long long v) { printf("int:%lld", v); }
static void print_uint(unsigned long long v) { printf("uint:%llu", v); }
static void print_dbl(double v) { printf("dbl:%g", v); }
static void print_str(const char *s) { printf("str:\"%s\"", s); }
#define PRINT(x) _Generic((x), \
    char *: print_str, const char *: print_str, \
    float: print_dbl, double: print_dbl, \
    unsigned char: print_uint, unsigned short: print_uint, unsigned: print_uint, unsigned long: print_uint, unsigned long long: print_uint, \
    default: print_int)(x)

static inline int max_i(int a, int b) { return a > b ? a : b; }
static inline double max_d(double a, double b) { return a > b ? a : b; }
#define MAX(a, b) _Generic((a) + (b), int: max_i, double: max_d)(a, b)

int main(void) {
    char c = 'a'; short s = 1; unsigned char uc = 200; long double ld = 1;
    const char *cs = "x"; char buf[4] = "y"; int arr[2] = { 0 };
    printf("%s | %s | %s | %s | %s\n", TYPE_NAME(c), TYPE_NAME(s), TYPE_NAME(uc), TYPE_NAME(ld), TYPE_NAME(cs));
    printf("%s | %s | %s | %s\n", TYPE_NAME(buf), TYPE_NAME(arr), TYPE_NAME((void *)0), TYPE_NAME(&arr));
    printf("promotions: %s %s %s %s\n", TYPE_NAME(c + 0), TYPE_NAME(uc + 1u), TYPE_NAME(s * 2L), TYPE_NAME(1.0f + 1));
    printf("literals: %s %s %s %s %s\n", TYPE_NAME('a'), TYPE_NAME(1u), TYPE_NAME(10000000000), TYPE_NAME(1.0f), TYPE_NAME(0x80000000));
    printf("sizeof+bool: %s %s\n", TYPE_NAME(sizeof(int)), TYPE_NAME((_Bool)1));
    printf("abs: %d %ld %lld %g %g\n", ABS(-3), ABS(-4L), ABS(-5LL), (double)ABS(-1.5f), ABS(-2.25));
    PRINT(42); putchar(' '); PRINT(42u); putchar(' '); PRINT(2.5f); putchar(' '); PRINT("lit"); putchar(' ');
    PRINT(uc); putchar(' '); PRINT(cs); putchar(' '); PRINT((int8_t)-8); putchar('\n');
    printf("max: %d %g %g\n", MAX(3, 7), MAX(2.5, 1.0), MAX(1, 2.5));
    int x = 5;
    printf("controlling expression not evaluated: %s x=%d\n", TYPE_NAME(x++), x);
    return 0;
}
