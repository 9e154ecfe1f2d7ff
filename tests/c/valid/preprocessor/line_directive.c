// Preprocessor: #line changes __LINE__ and __FILE__ (C17 6.10.4).
// expect-exit: 0
// expect-stdout:
// | 100
// | 101
// | 500 renamed.c
// | 900
#include <stdio.h>
int main(void) {
#line 100
    printf("%d\n", __LINE__);
    printf("%d\n", __LINE__);
#line 500 "renamed.c"
    printf("%d %s\n", __LINE__, __FILE__);
#define LN 900
#line LN
    printf("%d\n", __LINE__);
    return 0;
}
