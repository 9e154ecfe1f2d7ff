// GNU: __builtin_offsetof with nested members and array elements; __alignof__ of expressions.
// expect-exit: 0
// expect-stdout:
// | 8
// | 56
// | 16
// | 1 8
#include <stdio.h>
struct inner { char c; int arr[4]; };
struct outer { double d; struct inner in[3]; };
int main(void) {
    printf("%zu\n", __builtin_offsetof(struct outer, in));
    printf("%zu\n", __builtin_offsetof(struct outer, in[2].arr[1]));
    printf("%zu\n", __builtin_offsetof(struct inner, arr[3]));
    struct outer o;
    printf("%zu %zu\n", __alignof__(o.in[0].c), __alignof__(o));
    return 0;
}
