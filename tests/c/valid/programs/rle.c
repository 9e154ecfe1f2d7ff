// Programs: run-length encoding and decoding of strings.
// expect-exit: 0
// expect-stdout:
// | [12W1B12W3B24W1B] 1
// | [1a1b1c] 1
// | [2a3b4c] 1
// | [] 1
#include <stdio.h>
#include <string.h>
#include <ctype.h>
static void encode(const char *in, char *out) {
    while (*in) {
        char c = *in;
        int n = 0;
        while (*in == c) { in++; n++; }
        out += sprintf(out, "%d%c", n, c);
    }
    *out = 0;
}
static void decode(const char *in, char *out) {
    while (*in) {
        int n = 0;
        while (isdigit((unsigned char)*in)) n = n * 10 + (*in++ - '0');
        while (n--) *out++ = *in;
        in++;
    }
    *out = 0;
}
int main(void) {
    const char *tests[] = { "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "abc", "aabbbcccc", "" };
    for (int i = 0; i < 4; i++) {
        char enc[128], dec[128];
        encode(tests[i], enc);
        decode(enc, dec);
        printf("[%s] %d\n", enc, strcmp(dec, tests[i]) == 0);
    }
    return 0;
}
