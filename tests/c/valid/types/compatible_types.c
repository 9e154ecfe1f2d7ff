// Types: compatible types across declarations: unspecified array size, old-style declarators (C17 6.2.7).
// expect-exit: 0
// expect-stdout:
// | 5 5
// | 1
// | 1
// | 0
// | 1
#include <stdio.h>
extern int arr[];
int arr[5] = { 1, 2, 3, 4, 5 };
int fun();
int fun(int a, int b) { return a - b; }
typedef int I;
extern I arr[5];
int main(void) {
    printf("%d %d\n", arr[4], fun(9, 4));
    printf("%d\n", _Generic(&arr, int (*)[5]: 1, default: 0));
    printf("%d\n", __builtin_types_compatible_p(int[], int[5]));
    printf("%d\n", __builtin_types_compatible_p(long, long long));
    printf("%d\n", __builtin_types_compatible_p(const int, int));
    return 0;
}
