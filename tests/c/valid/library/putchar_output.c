// Library: character-at-a-time output with putchar, and fwrite of a buffer to stdout.
// expect-exit: 0
// expect-stdout:
// |    *
// |   ***
// |  *****
// | *******
// | written with fwrite
// | 20
#include <stdio.h>
#include <string.h>
int main(void) {
    for (int row = 1; row <= 4; row++) {
        for (int i = 0; i < 4 - row; i++) putchar(' ');
        for (int i = 0; i < 2 * row - 1; i++) putchar('*');
        putchar('\n');
    }
    const char msg[] = "written with fwrite\n";
    size_t n = fwrite(msg, 1, strlen(msg), stdout);
    printf("%zu\n", n);
    return 0;
}
