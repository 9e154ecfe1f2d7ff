// Declarations: block scope, shadowing, scope starts after the declarator, for-scope.
// expect-exit: 0
// expect-stdout:
// | 1
// | 21 42
// | 20
// | loop 0 0
// | loop 1 100
// | 10 4
#include <stdio.h>
static int x = 1;
int main(void) {
    printf("%d\n", x);
    int x = 10;               /* hides the file-scope x from here on */
    {
        int x = 20;
        {
            int y = x + 1, x = y * 2;
            printf("%d %d\n", y, x);
        }
        printf("%d\n", x);
    }
    for (int x = 0; x < 2; x++) {
        int y = x * 100;
        printf("loop %d %d\n", x, y);
    }
    enum { x_enum = sizeof x };
    printf("%d %d\n", x, x_enum);
    return 0;
}
