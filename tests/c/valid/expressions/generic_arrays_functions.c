// Expressions: _Generic controlling expressions undergo lvalue conversion: arrays and functions decay.
// expect-exit: 0
// expect-stdout:
// | int *
// | char *
// | char *
// | int (*)(int)
// | int
// | other
// | 0
#include <stdio.h>
static int f(int x) { return x; }
#define KIND(x) _Generic((x), int *: "int *", char *: "char *", const char *: "const char *", \
                         int (*)(int): "int (*)(int)", int: "int", default: "other")
int main(void) {
    int arr[4] = { 0 };
    char text[] = "t";
    puts(KIND(arr));
    puts(KIND(text));
    puts(KIND("literal"));
    puts(KIND(f));
    puts(KIND(arr[0]));
    puts(KIND(&arr));
    printf("%d\n", f(arr[0]));
    return 0;
}
