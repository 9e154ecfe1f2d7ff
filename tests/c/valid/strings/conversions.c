// Strings: numeric conversions: atoi, atol, strtol (bases, endptr), strtoul, strtod, strtoll.
// expect-exit: 0
// expect-stdout:
// | 42 -17 123456789012
// | 31 [ rest]
// | 511 35 16
// | -5
// | 4294967296
// | -9223372036854775807
// | 325.00 [xyz]
// | 12
// | 0 1
// | -2.500
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("%d %d %ld\n", atoi("42"), atoi("  -17xyz"), atol("123456789012"));
    char *end;
    long v = strtol("0x1F rest", &end, 16);
    printf("%ld [%s]\n", v, end);
    printf("%ld %ld %ld\n", strtol("777", NULL, 8), strtol("z", NULL, 36), strtol("0x10", NULL, 0));
    printf("%ld\n", strtol("-0101", NULL, 2));
    printf("%lu\n", strtoul("4294967296", NULL, 10));
    printf("%lld\n", strtoll("-9223372036854775807", NULL, 10));
    double d = strtod("3.25e2xyz", &end);
    printf("%.2f [%s]\n", d, end);
    printf("%g\n", strtod("0x1.8p3", NULL));
    v = strtol("abc", &end, 10);
    printf("%ld %d\n", v, *end == 'a');
    printf("%.3f\n", atof("-2.5"));
    return 0;
}
