// Expressions: precedence and associativity traps (C17 6.5 grammar).
// expect-exit: 0
// expect-stdout:
// | 1
// | 1
// | 12
// | 0
// | 1
// | 8
// | 0
// | 7
// | 1
// | 0
// | 1
// | 2
// | 1
// | 2
// | 10
// | 20
// | 1
#pragma GCC diagnostic ignored "-Wparentheses"
#include <stdio.h>
int main(void) {
    int a = 6, b = 3, c = 2;
    printf("%d\n", a - b - c);             /* left assoc: 1 */
    printf("%d\n", a / b / c);             /* left assoc: 1 */
    printf("%d\n", a + b * c);             /* 12 */
    printf("%d\n", a & b == 3);            /* == binds tighter: a & 1 */
    printf("%d\n", (a & b) == 2);
    printf("%d\n", 1 << 2 + 1);            /* + binds tighter: 8 */
    printf("%d\n", a > b > c);             /* (a>b)>c: 1 > 2 = 0 */
    printf("%d\n", a | b ^ c & 1);         /* & then ^ then | */
    printf("%d\n", !a + 1);                /* unary first */
    printf("%d\n", -a % b);
    int x = 1, y = 0;
    printf("%d\n", x || y && 0);           /* && binds tighter */
    printf("%d\n", a = b = c);             /* right assoc */
    printf("%d\n", x ? 1 : y ? 2 : 3);     /* right assoc */
    int *p = &x;
    printf("%d\n", *p + 1);
    int arr[2] = { 10, 20 }, *q = arr;
    printf("%d\n", *q++);                  /* postfix binds tighter than * */
    printf("%d\n", *q);
    printf("%d\n", sizeof arr / sizeof *arr == 2);
    return 0;
}
