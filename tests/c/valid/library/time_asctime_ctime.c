// Library: asctime, ctime (and the _r forms) format "Www Mmm dd hh:mm:ss yyyy\n"; ctime uses local time (TZ set here).
// expect-exit: 0
// expect-stdout:
// | asctime: Thu Jan  1 00:00:00 1970
// | ctime:   Wed Dec 31 16:00:00 1969
// | ctime_r: Wed Dec 31 16:00:00 1969
// | asctime_r: Thu Jan  1 00:00:00 1970
// | asctime: Sun Sep  9 01:46:40 2001
// | ctime:   Sat Sep  8 18:46:40 2001
// | ctime_r: Sat Sep  8 18:46:40 2001
// | asctime_r: Sun Sep  9 01:46:40 2001
// | asctime: Tue Nov 14 22:13:20 2023
// | ctime:   Tue Nov 14 14:13:20 2023
// | ctime_r: Tue Nov 14 14:13:20 2023
// | asctime_r: Tue Nov 14 22:13:20 2023
// | asctime: Mon Jul 10 14:40:00 2023
// | ctime:   Mon Jul 10 07:40:00 2023
// | ctime_r: Mon Jul 10 07:40:00 2023
// | asctime_r: Mon Jul 10 14:40:00 2023
// | Wed Dec  5 07:08:09 10000
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(void) {
    setenv("TZ", "PST8PDT,M3.2.0,M11.1.0", 1);
    tzset();
    static const time_t ts[] = { 0, 1000000000, 1700000000, 1689000000 };
    for (unsigned i = 0; i < sizeof ts / sizeof ts[0]; i++) {
        struct tm tm;
        gmtime_r(&ts[i], &tm);
        printf("asctime: %s", asctime(&tm));
        printf("ctime:   %s", ctime(&ts[i]));
        char buf[32];
        printf("ctime_r: %s", ctime_r(&ts[i], buf));
        printf("asctime_r: %s", asctime_r(&tm, buf));
    }
    struct tm odd = { .tm_year = 8100, .tm_mon = 11, .tm_mday = 5, .tm_hour = 7, .tm_min = 8, .tm_sec = 9, .tm_wday = 3 };
    printf("%s", asctime(&odd));
    return 0;
}
