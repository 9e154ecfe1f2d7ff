// Declarations: declarations after statements, in for-init, and empty declarations of tags.
// expect-exit: 0
// expect-stdout:
// | statement first
// | 6 11 1
#include <stdio.h>
struct tag_only { int x; };
enum { E0, E1 };
int main(void) {
    puts("statement first");
    int a = 3;
    a *= 2;
    int b = a + 1;
    for (int i = 0, j = 10; i < j; i += 4, j -= 1) b += i;
    struct tag_only t = { E1 };
    printf("%d %d %d\n", a, b, t.x);
    return 0;
}
