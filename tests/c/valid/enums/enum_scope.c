// Enums: enumerators are ordinary identifiers in their scope; inner enums shadow; trailing comma.
// expect-exit: 0
// expect-stdout:
// | 1 3
// | 10 11 2
// | 1
// | 8 16 100
// | 100
#include <stdio.h>
enum { RED = 1, GREEN, BLUE, };
int main(void) {
    printf("%d %d\n", RED, BLUE);
    {
        enum { RED = 10, YELLOW };
        printf("%d %d %d\n", RED, YELLOW, GREEN);
    }
    printf("%d\n", RED);
    enum tag { A = sizeof(int) * 2, B = A << 1, C = B > 10 ? 100 : 0 };
    printf("%d %d %d\n", A, B, C);
    enum tag t = C;
    printf("%d\n", t);
    return 0;
}
