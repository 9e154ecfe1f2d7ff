// Preprocessor: macro arguments containing parentheses, commas in parens, empty args.
// expect-exit: 0
// expect-stdout:
// | 2
// | 7
// | 22
// | 16
// | 9
// | 9
// | 7
#include <stdio.h>
#define FIRST(a, b) a
#define SECOND(a, b) b
#define APPLY(m, x) m x
#define PAIR (11, 22)
#define EMPTY()
#define SQ(x) ((x) * (x))
static int max2(int a, int b) { return a > b ? a : b; }
int main(void) {
    printf("%d\n", FIRST(max2(1, 2), 3));
    printf("%d\n", SECOND(max2(4, 5), max2(6, 7)));
    printf("%d\n", APPLY(SECOND, PAIR));
    printf("%d\n", SQ(SQ(2)));
    printf("%d\n", SQ(1 + 2));
    printf("%d\n", FIRST(, 8) 9);
    printf("%d\n", 3 EMPTY() + 4);
    return 0;
}
