// Expressions: sequence points: &&, ||, ?:, comma, full expressions; well-defined side effects only.
// expect-exit: 0
// expect-stdout:
// | 2 2
// | 1 4
// | 4 3
// | 1 0
#include <stdio.h>
int main(void) {
    int i = 0;
    int a = (i++, i++, i);
    printf("%d %d\n", a, i);
    int b = i++ && i++;
    printf("%d %d\n", b, i);
    int c = (i > 100) ? i++ : i--;
    printf("%d %d\n", c, i);
    int arr[4] = { 0 };
    int k = 0;
    int idx = k++;
    arr[idx] = k;
    printf("%d %d\n", arr[0], arr[1]);
    return 0;
}
