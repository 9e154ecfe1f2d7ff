// Idioms: integer to string in any base 2..36 written backwards into a buffer, handling the most negative value via unsigned negation; parsing back with strtol/strtoull and checking errno.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 0: 0 0 0 0 0
// | 255: 11111111 377 255 ff 73
// | -255: -11111111 -377 -255 -ff -73
// | 1000000: 11110100001001000000 3641100 1000000 f4240 lfls
// | 9223372036854775807: 111111111111111111111111111111111111111111111111111111111111111 777777777777777777777 9223372036854775807 7fffffffffffffff 1y2p0ij32e8e7
// | -9223372036854775808: -1000000000000000000000000000000000000000000000000000000000000000 -1000000000000000000000 -9223372036854775808 -8000000000000000 -1y2p0ij32e8e8
// | round-trip mismatches 0
// | 0 1,234,567 18,446,744,073,709,551,615
// | overflow: 9223372036854775807 errno ERANGE 1
// | strtoull("-1") = 18446744073709551615 errno 0 consumed 4
// | base 0: 31 15 17
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static char *to_base(long long v, int base, char *buf, size_t size) {
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char *p = buf + size;
    *--p = '\0';
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do { *--p = digits[u % (unsigned)base]; u /= (unsigned)base; } while (u);
    if (v < 0) *--p = '-';
    return p;
}

static char *with_commas(unsigned long long v, char *buf, size_t size) {
    char *p = buf + size;
    int group = 0;
    *--p = '\0';
    do {
        if (group == 3) { *--p = ','; group = 0; }
        *--p = (char)('0' + v % 10);
        v /= 10;
        group++;
    } while (v);
    return p;
}

int main(void) {
    char buf[80];
    const long long values[] = { 0, 255, -255, 1000000, LLONG_MAX, LLONG_MIN };
    const int bases[] = { 2, 8, 10, 16, 36 };
    for (int i = 0; i < 6; i++) {
        printf("%lld:", values[i]);
        for (int b = 0; b < 5; b++) printf(" %s", to_base(values[i], bases[b], buf, sizeof buf));
        printf("\n");
    }
    int mismatches = 0;
    for (long long v = -5000; v <= 5000; v += 37)
        for (int base = 2; base <= 36; base++) {
            char *s = to_base(v, base, buf, sizeof buf);
            if (strtoll(s, NULL, base) != v) mismatches++;
        }
    printf("round-trip mismatches %d\n", mismatches);
    char b1[32], b2[32], b3[32];
    printf("%s %s %s\n", with_commas(0, b1, sizeof b1), with_commas(1234567, b2, sizeof b2), with_commas(ULLONG_MAX, b3, sizeof b3));
    errno = 0;
    long big = strtol("99999999999999999999", NULL, 10);
    printf("overflow: %ld errno ERANGE %d\n", big, errno == ERANGE);
    errno = 0;
    char *end;
    const char *minus_one = "  -1";
    unsigned long long u = strtoull(minus_one, &end, 10);
    printf("strtoull(\"-1\") = %llu errno %d consumed %d\n", u, errno, (int)(end - minus_one));
    printf("base 0: %ld %ld %ld\n", strtol("0x1f", NULL, 0), strtol("017", NULL, 0), strtol("17", NULL, 0));
    return 0;
}
