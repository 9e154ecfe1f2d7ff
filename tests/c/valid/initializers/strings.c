// Initializers: char arrays from string literals: exact fit, padding with zeros, braces, unknown size.
// expect-exit: 0
// expect-stdout:
// | 6 10 2
// | 0 0
// | abcde e
// | braced 7
// | ab xyz
// | three 3
#include <stdio.h>
#include <string.h>
int main(void) {
    char a[] = "hello";
    char b[10] = "hi";
    char c[5] = "abcde";          /* no room for the terminator: allowed in C */
    char d[] = { "braced" };
    char e[2][4] = { "ab", "xyz" };
    const char *f[] = { "one", "two", "three" };
    printf("%zu %zu %zu\n", sizeof a, sizeof b, strlen(b));
    printf("%d %d\n", b[2], b[9]);
    printf("%.5s %c\n", c, c[4]);
    printf("%s %zu\n", d, sizeof d);
    printf("%s %s\n", e[0], e[1]);
    printf("%s %zu\n", f[2], sizeof f / sizeof f[0]);
    return 0;
}
