// Initializers: GNU range designators [a ... b] = v.
// expect-exit: 0
// expect-stdout:
// | 1111911122222222
// | lud-
#pragma GCC diagnostic ignored "-Woverride-init"
#include <stdio.h>
static int lut[16] = { [0 ... 7] = 1, [8 ... 15] = 2, [4] = 9 };
int main(void) {
    for (int i = 0; i < 16; i++) printf("%d", lut[i]);
    printf("\n");
    char kind[128] = { ['a' ... 'z'] = 'l', ['A' ... 'Z'] = 'u', ['0' ... '9'] = 'd' };
    const char *s = "aZ9_";
    for (const char *p = s; *p; p++) printf("%c", kind[(int)*p] ? kind[(int)*p] : '-');
    printf("\n");
    return 0;
}
