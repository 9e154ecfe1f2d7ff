// Preprocessor: object-like macro whose body starts with '(' vs function-like macro (space matters).
// expect-exit: 0
// expect-stdout:
// | 10 6 5
#include <stdio.h>
#define OBJ (10)
#define FN(x) (x * 2)
#define SPACE_OBJ (x) + 1
int main(void) {
    int x = 4;
    printf("%d %d %d\n", OBJ, FN(3), SPACE_OBJ);
    return 0;
}
