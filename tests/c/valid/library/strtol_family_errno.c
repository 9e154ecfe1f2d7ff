// Library: strtol/strtoul/strtoll/strtoull/strtoimax/strtoumax/atoi: bases, endptr, overflow with ERANGE.
// expect-exit: 0
// expect-stdout: see strtol_family_errno.out
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    static const char *const inputs[] = { "0", "  -42xyz", "+17", "0x1F", "0X", "077", "9223372036854775807", "9223372036854775808",
                                          "-9223372036854775809", "18446744073709551615", "18446744073709551616", "-1", "zz", "", "  ", "1e5" };
    static const int bases[] = { 0, 10, 16, 8, 36, 2 };
    for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        for (unsigned b = 0; b < sizeof bases / sizeof bases[0]; b++) {
            char *end;
            errno = 0;
            long v = strtol(inputs[i], &end, bases[b]);
            int e1 = errno;
            errno = 0;
            unsigned long u = strtoul(inputs[i], NULL, bases[b]);
            int e2 = errno;
            printf("[%s] base %d: strtol %ld end+%td errno %d strtoul %lu errno %d\n", inputs[i], bases[b], v, end - inputs[i], e1 == ERANGE, u,
                   e2 == ERANGE);
        }
    }
    errno = 0;
    long long ll = strtoll("-9223372036854775808", NULL, 10);
    printf("strtoll %lld %d\n", ll, errno);
    unsigned long long ull = strtoull("0xffffffffffffffff", NULL, 16);
    printf("strtoull %llu\n", ull);
    intmax_t im = strtoimax("-123456789012", NULL, 10);
    uintmax_t um = strtoumax("777", NULL, 8);
    printf("imax %" PRIdMAX " %" PRIuMAX "\n", im, um);
    printf("atoi %d %ld %lld\n", atoi("  12abc"), atol("-99999999999"), atoll("123456789012345"));
    return 0;
}
