// Declarations: functions declared without prototypes "()" and called with promoted arguments.
// std: gnu17
// expect-exit: 0
// expect-stdout:
// | 34
// | 2.50
#include <stdio.h>
int combine();
double halve();
int main(void) {
    printf("%d\n", combine(3, 4));
    printf("%.2f\n", halve(5.0));
    return 0;
}
int combine(int a, int b) { return a * 10 + b; }
double halve(double x) { return x / 2; }
