// Functions: direct and mutual recursion: factorial, fibonacci, Ackermann, even/odd.
// expect-exit: 0
// expect-stdout:
// | 2432902008176640000
// | 6765
// | 9
// | 1 1
#include <stdio.h>
static unsigned long long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
int main(void) {
    printf("%llu\n", fact(20));
    printf("%d\n", fib(20));
    printf("%d\n", ack(2, 3));
    printf("%d %d\n", is_even(10), is_odd(7));
    return 0;
}
