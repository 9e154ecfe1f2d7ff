// Statements: case labels inside nested statements (Duff's device style copy).
// expect-exit: 0
// expect-stdout:
// | a
// | abcd
// | abcdefg
// | abcdefghij
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#include <stdio.h>
static void copy(char *to, const char *from, int count) {
    int n = (count + 3) / 4;
    switch (count % 4) {
    case 0: do { *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}
int main(void) {
    char src[] = "abcdefghij", dst[11] = { 0 };
    for (int len = 1; len <= 10; len += 3) {
        copy(dst, src, len);
        dst[len] = 0;
        puts(dst);
    }
    return 0;
}
