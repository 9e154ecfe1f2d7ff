// Preprocessor: a macro expanding to '#' does not create a directive; ## of placemarkers.
// expect-exit: 0
// expect-stdout:
// | # define X
// | 1 2 3
#include <stdio.h>
#define HASH #
#define STR(x) #x
#define XSTR(x) STR(x)
#define JOIN3(a, b, c) a##b##c
int main(void) {
    puts(XSTR(HASH define X));
    int JOIN3(x, , y) = 1, JOIN3(, , z) = 2, JOIN3(p, q, ) = 3;
    printf("%d %d %d\n", xy, z, pq);
    return 0;
}
