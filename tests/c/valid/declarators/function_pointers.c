// Declarators: function pointers as parameters, return values, in structs, called via (*fp)() and fp().
// expect-exit: 0
// expect-stdout:
// | 7 20
// | 11 20
// | 5
// | inc 8
// | dbl 14
// | 2 2 2
// | 1
#include <stdio.h>
typedef int (*unary)(int);
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int apply_twice(int (*f)(int), int x) { return f(f(x)); }
static int (*choose(char c))(int) { return c == 'i' ? inc : dbl; }
static unary compose_table[] = { inc, dbl, inc };
struct op { const char *name; int (*fn)(int); };
int main(void) {
    printf("%d %d\n", apply_twice(inc, 5), apply_twice(dbl, 5));
    printf("%d %d\n", choose('i')(10), (*choose('d'))(10));
    int v = 1;
    for (int i = 0; i < 3; i++) v = compose_table[i](v);
    printf("%d\n", v);
    struct op ops[] = { { "inc", inc }, { "dbl", &dbl } };
    for (int i = 0; i < 2; i++) printf("%s %d\n", ops[i].name, (*ops[i].fn)(7));
    int (*fp)(int) = &inc;
    printf("%d %d %d\n", fp(1), (*fp)(1), (**fp)(1));
    printf("%d\n", fp == inc && inc != dbl);
    return 0;
}
