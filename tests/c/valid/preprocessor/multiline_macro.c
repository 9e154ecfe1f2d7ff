// Preprocessor: line splicing in macros, do-while(0) statements, macros with side-effect-free use.
// expect-exit: 0
// expect-stdout:
// | 2 1
// | -2.5 1.5 9
// | 4
#include <stdio.h>
#define SWAP(T, a, b) do { \
        T tmp_ = (a);      \
        (a) = (b);         \
        (b) = tmp_;        \
    } while (0)
#define MAX(a, b) ((a) > (b) \
                   ? (a)     \
                   : (b))
int main(void) {
    int x = 1, y = 2;
    if (x < y)
        SWAP(int, x, y);
    else
        puts("unreachable");
    printf("%d %d\n", x, y);
    double p = 1.5, q = -2.5;
    SWAP(double, p, q);
    printf("%.1f %.1f %d\n", p, q, MAX(3, 9));
    int lon\
g_name = 4;
    printf("%d\n", long_name);
    return 0;
}
