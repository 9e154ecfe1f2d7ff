// Declarators: redundant parentheses around declarators and names.
// expect-exit: 0
// expect-stdout:
// | 3 2 4 6 8
#include <stdio.h>
static int (value) = 3;
static int ((twice))(int (x)) { return 2 * x; }
int main(void) {
    int (a), ((b)) = 4, (*(p)) = &b;
    a = 1;
    int ((arr))[2] = { 5, 6 };
    printf("%d %d %d %d %d\n", value, twice(a), *p, (arr)[1], (twice)(b));
    return 0;
}
