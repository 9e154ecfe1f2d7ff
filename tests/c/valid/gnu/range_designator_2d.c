// GNU: range designators in multi-dimensional arrays and strings of repeated characters.
// expect-exit: 0
// expect-stdout:
// | 1111
// | 1551
// | 1111
// | ----------
#pragma GCC diagnostic ignored "-Woverride-init"
#include <stdio.h>
int main(void) {
    int m[3][4] = { [0 ... 2] = { [0 ... 3] = 1 }, [1][1 ... 2] = 5 };
    for (int r = 0; r < 3; r++) printf("%d%d%d%d\n", m[r][0], m[r][1], m[r][2], m[r][3]);
    char line[11] = { [0 ... 9] = '-' };
    puts(line);
    return 0;
}
