// Strings: sprintf/snprintf return values, truncation, building strings piecewise.
// expect-exit: 0
// expect-stdout:
// | 12-ab-z 7
// | over 11
// | 0,1,2,3,4 10
// | 8
#pragma GCC diagnostic ignored "-Wformat-truncation"
#include <stdio.h>
int main(void) {
    char buf[64];
    int n = sprintf(buf, "%d-%s-%c", 12, "ab", 'z');
    printf("%s %d\n", buf, n);
    char small[5];
    n = snprintf(small, sizeof small, "%s", "overflowing");
    printf("%s %d\n", small, n);
    int len = 0;
    for (int i = 0; i < 5; i++) len += sprintf(buf + len, "%d,", i);
    buf[len - 1] = '\0';
    printf("%s %d\n", buf, len);
    printf("%d\n", snprintf(NULL, 0, "%08.3f", 3.14159));
    return 0;
}
