// Functions: static local variables keep their value between calls; one per function.
// expect-exit: 0
// expect-stdout:
// | 102
// | ann
// | bob
// | cy
// | ann
// | 77
#include <stdio.h>
static int counter(void) { static int n = 100; return n++; }
static const char *next_name(void) {
    static const char *names[] = { "ann", "bob", "cy" };
    static int i;
    return names[i++ % 3];
}
static int *remember(void) { static int slot; return &slot; }
int main(void) {
    counter(); counter();
    printf("%d\n", counter());
    for (int k = 0; k < 4; k++) printf("%s\n", next_name());
    *remember() = 77;
    printf("%d\n", *remember());
    return 0;
}
