// Library: sscanf parsing of ints, floats, strings, character sets and return counts.
// expect-exit: 0
// expect-stdout:
// | 4 12 34 5.5 hello
// | 2 255 63
// | 2 name value
// | 0
// | 42 4
#include <stdio.h>
int main(void) {
    int a, b;
    double d;
    char word[16];
    int n = sscanf("12 34 5.5 hello", "%d %d %lf %15s", &a, &b, &d, word);
    printf("%d %d %d %.1f %s\n", n, a, b, d, word);
    unsigned x, o;
    n = sscanf("ff:77", "%x:%o", &x, &o);
    printf("%d %u %u\n", n, x, o);
    char key[8], val[8];
    n = sscanf("name=value", "%7[^=]=%7s", key, val);
    printf("%d %s %s\n", n, key, val);
    n = sscanf("abc", "%d", &a);
    printf("%d\n", n);
    int consumed;
    sscanf("  42rest", "%d%n", &a, &consumed);
    printf("%d %d\n", a, consumed);
    return 0;
}
