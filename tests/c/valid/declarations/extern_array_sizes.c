// Declarations: extern declarations with and without sizes, then the defining declaration.
// expect-exit: 0
// expect-stdout:
// | hello, declarations 19
// | 6 24
#include <stdio.h>
extern const char greeting[];
extern int matrix[][3];
static size_t length(void);
const char greeting[] = "hello, declarations";
int matrix[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
static size_t length(void) { return sizeof greeting - 1; }
int main(void) {
    printf("%s %zu\n", greeting, length());
    printf("%d %zu\n", matrix[1][2], sizeof matrix);
    return 0;
}
