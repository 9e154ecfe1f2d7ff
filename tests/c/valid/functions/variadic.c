// Functions: variadic functions with stdarg: va_start/va_arg/va_end/va_copy, mixed types.
// expect-exit: 0
// expect-stdout:
// | 6
// | 105
// | 303
// | fmt-12-0.50
#include <stdio.h>
#include <stdarg.h>
static long sum_typed(const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    long total = 0;
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += va_arg(ap, long); break;
        case 'd': total += (long)va_arg(ap, double); break;
        case 'c': total += va_arg(ap, int); break;    /* char promoted to int */
        case 's': total += (long)sizeof(va_arg(ap, char *)); break;
        }
    }
    va_end(ap);
    return total;
}
static int count_until_zero(int first, ...) {
    va_list ap, copy;
    va_start(ap, first);
    va_copy(copy, ap);
    int n = first ? 1 : 0;
    while (first && va_arg(ap, int)) n++;
    int again = first ? 1 : 0;
    while (first && va_arg(copy, int)) again++;
    va_end(copy);
    va_end(ap);
    return n * 100 + again;
}
static void my_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}
int main(void) {
    printf("%ld\n", sum_typed("ild", 1, 2L, 3.9));
    printf("%ld\n", sum_typed("cs", 'a', "x"));
    printf("%d\n", count_until_zero(5, 6, 7, 0));
    my_printf("%s-%d-%.2f\n", "fmt", 12, 0.5);
    return 0;
}
