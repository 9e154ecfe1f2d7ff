// Library: mktime normalizes out-of-range members and fills tm_wday/tm_yday (in UTC, set through TZ).
// expect-exit: 0
// expect-stdout:
// | 1709251200 -> 2024-03-01 00:00:00 wday 5 yday 60 isdst 0
// | 1706406700 -> 2024-01-28 01:51:40 wday 0 yday 27 isdst 0
// | -86400 -> 1969-12-31 00:00:00 wday 3 yday 364 isdst 0
// | 915408000 -> 1999-01-04 00:00:00 wday 1 yday 3 isdst 0
// | -1 -> 1969-12-31 23:59:59 wday 3 yday 364 isdst 0
// | difftime 1709337600.0
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static void show(struct tm *tm, time_t t) {
    printf("%lld -> %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d isdst %d\n", (long long)t, tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday,
           tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday, tm->tm_isdst);
}
int main(void) {
    setenv("TZ", "UTC0", 1);
    tzset();
    struct tm a = { .tm_year = 124, .tm_mon = 1, .tm_mday = 30, .tm_isdst = -1 };
    show(&a, mktime(&a));
    struct tm b = { .tm_year = 123, .tm_mon = 13, .tm_mday = -5, .tm_hour = 50, .tm_min = -70, .tm_sec = 3700, .tm_isdst = -1 };
    show(&b, mktime(&b));
    struct tm c = { .tm_year = 70, .tm_mon = 0, .tm_mday = 0, .tm_isdst = 0 };
    show(&c, mktime(&c));
    struct tm d = { .tm_year = 100, .tm_mon = -25, .tm_mday = 400, .tm_isdst = 0 };
    show(&d, mktime(&d));
    struct tm e = { .tm_year = 69, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59, .tm_sec = 59 };
    show(&e, mktime(&e));
    printf("difftime %.1f\n", difftime(mktime(&a), mktime(&c)));
    return 0;
}
