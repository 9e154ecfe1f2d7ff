// Expressions: + - * / % on signed values; division truncates toward zero (C17 6.5.5p6).
// expect-exit: 0
// expect-stdout:
// | 22 12 85 3 2
// | -3 -2
// | -3 2
// | 3 -2
// | 1
// | 9000000000
// | 17
#include <stdio.h>
int main(void) {
    int a = 17, b = 5;
    printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
    printf("%d %d\n", -a / b, -a % b);
    printf("%d %d\n", a / -b, a % -b);
    printf("%d %d\n", -a / -b, -a % -b);
    printf("%d\n", (a / b) * b + a % b == a);
    long long big = 3000000000LL * 3;
    printf("%lld\n", big);
    printf("%d\n", +a);
    return 0;
}
