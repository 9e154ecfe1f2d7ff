// Library: gmtime_r and timegm on fixed time_t values (epoch, leap days, negative times, far future).
// expect-exit: 0
// expect-stdout:
// | 0: 1970-01-01 00:00:00 wday 4 yday 0 isdst 0 gmtoff 0 zone GMT back 0
// | 1: 1970-01-01 00:00:01 wday 4 yday 0 isdst 0 gmtoff 0 zone GMT back 1
// | -1: 1969-12-31 23:59:59 wday 3 yday 364 isdst 0 gmtoff 0 zone GMT back -1
// | 68169600: 1972-02-29 00:00:00 wday 2 yday 59 isdst 0 gmtoff 0 zone GMT back 68169600
// | 951782400: 2000-02-29 00:00:00 wday 2 yday 59 isdst 0 gmtoff 0 zone GMT back 951782400
// | 951868800: 2000-03-01 00:00:00 wday 3 yday 60 isdst 0 gmtoff 0 zone GMT back 951868800
// | 1700000000: 2023-11-14 22:13:20 wday 2 yday 317 isdst 0 gmtoff 0 zone GMT back 1700000000
// | -2208988800: 1900-01-01 00:00:00 wday 1 yday 0 isdst 0 gmtoff 0 zone GMT back -2208988800
// | 4102444800: 2100-01-01 00:00:00 wday 5 yday 0 isdst 0 gmtoff 0 zone GMT back 4102444800
// | 253402300799: 9999-12-31 23:59:59 wday 5 yday 364 isdst 0 gmtoff 0 zone GMT back 253402300799
// | -62135596800: 0001-01-01 00:00:00 wday 1 yday 0 isdst 0 gmtoff 0 zone GMT back -62135596800
// | shared 1 year 71
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <time.h>
int main(void) {
    static const time_t ts[] = { 0, 1, -1, 68169600, 951782400, 951868800, 1700000000, -2208988800, 4102444800, 253402300799, -62135596800 };
    for (unsigned i = 0; i < sizeof ts / sizeof ts[0]; i++) {
        struct tm tm;
        if (gmtime_r(&ts[i], &tm) == NULL) { printf("%lld: error\n", (long long)ts[i]); continue; }
        printf("%lld: %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d isdst %d gmtoff %ld zone %s", (long long)ts[i], tm.tm_year + 1900, tm.tm_mon + 1,
               tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday, tm.tm_isdst, tm.tm_gmtoff, tm.tm_zone);
        printf(" back %lld\n", (long long)timegm(&tm));
    }
    time_t t = 86400 * 365;
    struct tm *p = gmtime(&t);
    struct tm *q = gmtime(&t);
    printf("shared %d year %d\n", p == q, p->tm_year);
    return 0;
}
