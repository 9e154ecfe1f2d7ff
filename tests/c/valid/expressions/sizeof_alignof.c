// Expressions: sizeof of expressions is not evaluated (except VLAs); _Alignof/__alignof__.
// expect-exit: 0
// expect-stdout:
// | 4 4 0 0
// | 40 4 8
// | 16 8
// | 4 1
// | 4
// | 15 32
// | 8
// | 4
#include <stdio.h>
#include <stddef.h>
static int called = 0;
static int f(void) { called++; return 1; }
struct s { char c; double d; };
int main(void) {
    int i = 0;
    size_t n = sizeof(i++);
    size_t m = sizeof f();
    printf("%zu %zu %d %d\n", n, m, i, called);
    int arr[10];
    printf("%zu %zu %zu\n", sizeof arr, sizeof arr[0], sizeof &arr);
    printf("%zu %zu\n", sizeof(struct s), _Alignof(struct s));
    printf("%zu %zu\n", __alignof__(int), __alignof__ (char));
    int k = 3;
    char vla[k + 1];
    size_t vs = sizeof vla;
    printf("%zu\n", vs);
    printf("%zu %zu\n", sizeof(char[3][5]), sizeof(struct s[2]));
    printf("%zu\n", sizeof(int) * 2);
    printf("%zu\n", sizeof -1);
    return 0;
}
