// Library: localtime, mktime, tzname, timezone and daylight under POSIX TZ rules (no zoneinfo files needed).
// expect-exit: 0
// expect-stdout: see time_zone_rules.out
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(void) {
    static const char *const zones[] = { "UTC0", "EST5EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3", "<+0530>-5:30", "NZST-12NZDT,M9.5.0,M4.1.0/3", "JST-9" };
    static const time_t ts[] = { 1700000000, 1688212800, 1679792400, 1679788799, 1699163999, 1699164000, 0 };
    for (unsigned z = 0; z < sizeof zones / sizeof zones[0]; z++) {
        setenv("TZ", zones[z], 1);
        tzset();
        printf("%s: tzname %s/%s timezone %ld daylight %d\n", zones[z], tzname[0], tzname[1], timezone, daylight);
        for (unsigned i = 0; i < sizeof ts / sizeof ts[0]; i++) {
            struct tm tm;
            localtime_r(&ts[i], &tm);
            char buf[64];
            strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z %z", &tm);
            time_t back = mktime(&tm);
            printf("  %lld %s dst %d back %lld\n", (long long)ts[i], buf, tm.tm_isdst, (long long)back);
        }
        struct tm noon = { .tm_year = 123, .tm_mon = 6, .tm_mday = 1, .tm_hour = 12, .tm_isdst = -1 };
        long long t1 = mktime(&noon);
        printf("  july noon %lld dst %d\n", t1, noon.tm_isdst);
        struct tm forced = { .tm_year = 123, .tm_mon = 0, .tm_mday = 15, .tm_hour = 12, .tm_isdst = 1 };
        long long t2 = mktime(&forced);
        printf("  january noon with isdst=1 %lld -> %02d:%02d dst %d\n", t2, forced.tm_hour, forced.tm_min, forced.tm_isdst);
    }
    return 0;
}
