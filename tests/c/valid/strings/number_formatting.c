// Strings: formatting numbers by hand: thousands separators, binary, and fixed-width hex dumps.
// expect-exit: 0
// expect-stdout:
// | 0
// | 999
// | 1,000
// | 1,234,567
// | -9,876,543,210
// | 10100101
// | 48 69 21 0a 00
#include <stdio.h>
#include <string.h>
static void with_commas(long long v, char *out) {
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%lld", v < 0 ? -v : v), o = 0;
    if (v < 0) out[o++] = '-';
    for (int i = 0; i < n; i++) { if (i && (n - i) % 3 == 0) out[o++] = ','; out[o++] = tmp[i]; }
    out[o] = 0;
}
static void binary(unsigned v, char *out) {
    int n = 0;
    for (int b = 7; b >= 0; b--) out[n++] = (char)('0' + (v >> b & 1));
    out[n] = 0;
}
int main(void) {
    char buf[40];
    long long tests[] = { 0, 999, 1000, 1234567, -9876543210LL };
    for (int i = 0; i < 5; i++) { with_commas(tests[i], buf); puts(buf); }
    binary(0xA5, buf);
    puts(buf);
    const unsigned char bytes[] = "Hi!\n";
    for (size_t i = 0; i < sizeof bytes; i++) printf("%02x%c", bytes[i], i + 1 < sizeof bytes ? ' ' : '\n');
    return 0;
}
