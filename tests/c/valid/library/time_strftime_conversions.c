// Library: every strftime conversion of C17 7.27.3.5 (C locale) plus glibc's flags and widths, on fixed times.
// expect-exit: 0
// expect-stdout: see time_strftime_conversions.out
#include <stdio.h>
#include <time.h>
int main(void) {
    static const char *const formats[] = { "%a", "%A", "%b", "%B", "%c", "%C", "%d", "%D", "%e", "%F", "%g", "%G", "%h", "%H", "%I", "%j",
                                           "%m", "%M", "%n", "%p", "%r", "%R", "%S", "%t", "%T", "%u", "%U", "%V", "%w", "%W", "%x", "%X",
                                           "%y", "%Y", "%z", "%Z", "%%", "%Ec", "%EY", "%Od", "%OH", "%k", "%l", "%P", "%-d", "%_d", "%05d",
                                           "%^A", "%#b", "%10A", "%-j", "%q" };
    static const time_t times[] = { 0, 1230768000, 1293753600, 1104537600, 1609459199, 951782400, 1700000000 };
    for (unsigned t = 0; t < sizeof times / sizeof times[0]; t++) {
        struct tm tm;
        gmtime_r(&times[t], &tm);
        for (unsigned i = 0; i < sizeof formats / sizeof formats[0]; i++) {
            char buf[128];
            size_t n = strftime(buf, sizeof buf, formats[i], &tm);
            printf("%s [%s] %zu\n", formats[i], buf, n);
        }
    }
    struct tm tm = { 0 };
    tm.tm_year = 99;
    char small[8];
    printf("too small %zu\n", strftime(small, sizeof small, "%Y-%m-%d", &tm));
    printf("fits %zu [%s]\n", strftime(small, sizeof small, "%Y-%m", &tm), small);
    const char *empty = formats[0] + 2;
    printf("empty %zu\n", strftime(small, sizeof small, empty, &tm));
    return 0;
}
