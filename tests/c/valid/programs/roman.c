// Programs: integer <-> Roman numeral conversion round trip.
// expect-exit: 0
// expect-stdout:
// | 1 I 1
// | 4 IV 4
// | 9 IX 9
// | 14 XIV 14
// | 40 XL 40
// | 90 XC 90
// | 400 CD 400
// | 1994 MCMXCIV 1994
// | 2024 MMXXIV 2024
// | 3999 MMMCMXCIX 3999
#include <stdio.h>
#include <string.h>
static const int vals[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
static const char *syms[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
static void to_roman(int n, char *out) {
    out[0] = 0;
    for (int i = 0; i < 13; i++) while (n >= vals[i]) { strcat(out, syms[i]); n -= vals[i]; }
}
static int value(char c) {
    switch (c) { case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
                 case 'C': return 100; case 'D': return 500; case 'M': return 1000; default: return 0; }
}
static int from_roman(const char *s) {
    int total = 0;
    for (; *s; s++) { int v = value(*s); total += v < value(s[1]) ? -v : v; }
    return total;
}
int main(void) {
    int tests[] = { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 };
    char buf[32];
    for (int i = 0; i < 10; i++) {
        to_roman(tests[i], buf);
        printf("%d %s %d\n", tests[i], buf, from_roman(buf));
    }
    return 0;
}
