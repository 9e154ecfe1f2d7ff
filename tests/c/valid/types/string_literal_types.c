// Types: string literals have type char[N] (not const), decay to char *, and are copied into arrays.
// expect-exit: 0
// expect-stdout:
// | 6 1
// | 1
// | 1
// | Mutable
// | tx
#include <stdio.h>
int main(void) {
    printf("%zu %zu\n", sizeof "hello", sizeof(""));
    printf("%d\n", _Generic("x", char *: 1, const char *: 2, default: 3));
    printf("%d\n", _Generic(&"abc", char (*)[4]: 1, default: 0));
    char copy[] = "mutable";
    copy[0] = 'M';
    puts(copy);
    const char *shared = "lit";
    printf("%c%c\n", shared[2], "xyz"[0]);
    return 0;
}
