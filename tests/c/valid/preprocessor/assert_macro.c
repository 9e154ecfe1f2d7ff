// Preprocessor: a custom check macro that stringizes the expression and reports the line.
// expect-exit: 1
// expect-stdout:
// | check failed: x * 2 == 7 (line 12)
// | 1 failure(s)
#include <stdio.h>
static int failures = 0;
#define CHECK(expr) ((expr) ? (void)0 : (void)(failures++, printf("check failed: %s (line %d)\n", #expr, __LINE__)))
int main(void) {
    int x = 3;
    CHECK(x == 3);
    CHECK(x * 2 == 7);
    CHECK(sizeof(int) == 4);
    printf("%d failure(s)\n", failures);
    return failures;
}
