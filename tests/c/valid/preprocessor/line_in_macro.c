// Preprocessor: __LINE__ and __FILE__ inside macros expand at the invocation site.
// expect-exit: 0
// expect-stdout:
// | 1
// | first at line 16
// | second! at line 17
// | 1
#include <stdio.h>
#include <string.h>
#define HERE() __LINE__
#define WHERE(msg) printf("%s at line %d\n", msg, __LINE__)
int main(void) {
    int a = HERE();
    int b = HERE();
    printf("%d\n", b - a);
    WHERE("first");
    WHERE("second" "!");
    const char *f = __FILE__;
    printf("%d\n", strstr(f, "line_in_macro.c") != NULL);
    return 0;
}
