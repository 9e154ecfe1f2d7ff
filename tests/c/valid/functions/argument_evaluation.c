// Functions: arguments are evaluated before the call; parameters are copies (C17 6.5.2.2).
// expect-exit: 0
// expect-stdout:
// | 1 100 100
// | 123
#include <stdio.h>
static void modify(int x, int arr[], int *p) {
    x = 100;
    (void)x;
    arr[0] = 100;
    *p = 100;
}
static int add3(int a, int b, int c) { return a * 100 + b * 10 + c; }
int main(void) {
    int x = 1, arr[1] = { 1 }, y = 1;
    modify(x, arr, &y);
    printf("%d %d %d\n", x, arr[0], y);
    int i = 1;
    int a = i++;
    int b = i++;
    printf("%d\n", add3(a, b, i));
    return 0;
}
