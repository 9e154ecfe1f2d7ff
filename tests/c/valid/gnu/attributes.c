// GNU: __attribute__ in many positions: unused, noreturn, format, always_inline, const, cold, deprecated-free.
// expect-exit: 0
// expect-stdout:
// | 12 2
// | rare
// | 3
// | 7
#include <stdio.h>
#include <stdarg.h>
static int helper(int x) __attribute__((const));
static int helper(int x) { return x * 3; }
__attribute__((format(printf, 1, 2))) static void logf_(const char *fmt, ...) {
    va_list ap; va_start(ap, fmt); vprintf(fmt, ap); va_end(ap);
}
static inline __attribute__((always_inline)) int fast(int x) { return x + 1; }
static void __attribute__((cold, noinline)) rare(void) { puts("rare"); }
struct __attribute__((packed)) tiny { char c; short s; };
int main(void) {
    int unused_var __attribute__((unused));
    __attribute__((unused)) int also_unused;
    logf_("%d %d\n", helper(4), fast(1));
    rare();
    printf("%zu\n", sizeof(struct tiny));
    int aligned_var __attribute__((aligned(16))) = 7;
    printf("%d\n", aligned_var);
    return 0;
}
