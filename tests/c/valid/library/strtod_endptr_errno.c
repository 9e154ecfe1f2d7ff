// Library: strtod, strtof, strtold and atof: endptr, hex floats, infinities and NaNs, ERANGE on overflow and underflow.
// expect-exit: 0
// expect-stdout:
// | [3.25rest]: 0x1.ap+1 end+4 erange 0 | f 0x1.ap+1 erange 0 | l 3.25
// | [  -0.0]: -0x0p+0 end+6 erange 0 | f -0x0p+0 erange 0 | l -0
// | [1e400]: inf end+5 erange 1 | f inf erange 1 | l inf
// | [-1e400]: -inf end+6 erange 1 | f -inf erange 1 | l -inf
// | [1e-400]: 0x0p+0 end+6 erange 1 | f 0x0p+0 erange 1 | l 0
// | [0x1.8p3]: 0x1.8p+3 end+7 erange 0 | f 0x1.8p+3 erange 0 | l 12
// | [0x.1]: 0x1p-4 end+4 erange 0 | f 0x1p-4 erange 0 | l 0.0625
// | [inf]: inf end+3 erange 0 | f inf erange 0 | l inf
// | [-Infinity]: -inf end+9 erange 0 | f -inf erange 0 | l -inf
// | [nan]: nan end+3 erange 0 | f nan erange 0 | l nan
// | [nan(123)]: nan end+8 erange 0 | f nan erange 0 | l nan
// | [1e]: 0x1p+0 end+1 erange 0 | f 0x1p+0 erange 0 | l 1
// | [.]: 0x0p+0 end+0 erange 0 | f 0x0p+0 erange 0 | l 0
// | [+.5e-2]: 0x1.47ae147ae147bp-8 end+6 erange 0 | f 0x1.47ae14p-8 erange 0 | l 0.005
// | [4.9e-324]: 0x0.0000000000001p-1022 end+8 erange 1 | f 0x0p+0 erange 1 | l 4.94066e-324
// | [2e-310]: 0x0.024d116e1cc56p-1022 end+6 erange 1 | f 0x0p+0 erange 1 | l 2e-310
// | [abc]: 0x0p+0 end+0 erange 0 | f 0x0p+0 erange 0 | l 0
// | [1.7976931348623157e308]: 0x1.fffffffffffffp+1023 end+22 erange 0 | f inf erange 1 | l 1.79769e+308
// | atof 2500
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    static const char *const inputs[] = { "3.25rest", "  -0.0", "1e400", "-1e400", "1e-400", "0x1.8p3", "0x.1", "inf", "-Infinity", "nan",
                                          "nan(123)", "1e", ".", "+.5e-2", "4.9e-324", "2e-310", "abc", "1.7976931348623157e308" };
    for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        char *end;
        errno = 0;
        double d = strtod(inputs[i], &end);
        int e = errno;
        errno = 0;
        float f = strtof(inputs[i], NULL);
        int ef = errno;
        long double l = strtold(inputs[i], NULL);
        printf("[%s]: %a end+%td erange %d | f %a erange %d | l %g\n", inputs[i], d, end - inputs[i], e == ERANGE, f, ef == ERANGE, (double)l);
    }
    printf("atof %g\n", atof("2.5e3xyz"));
    return 0;
}
