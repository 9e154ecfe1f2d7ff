// Functions: passing a va_list to another function (vsnprintf, custom v-functions).
// expect-exit: 0
// expect-stdout:
// | 10
// | [   42|ab  ]
// | truncat
#include <stdio.h>
#include <stdarg.h>
static int vsum(int n, va_list ap) {
    int s = 0;
    while (n--) s += va_arg(ap, int);
    return s;
}
static int sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = vsum(n, ap);
    va_end(ap);
    return s;
}
static const char *format(char *buf, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return buf;
}
int main(void) {
    char buf[32];
    printf("%d\n", sum(4, 1, 2, 3, 4));
    puts(format(buf, sizeof buf, "[%5d|%-4s]", 42, "ab"));
    puts(format(buf, 8, "%s", "truncated string"));
    return 0;
}
