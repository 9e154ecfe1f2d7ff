// Library: strftime and mktime on a fixed struct tm (no current time involved).
// expect-exit: 0
// expect-stdout:
// | 2024-02-29 13:05:09
// | Thu Feb 29 060
// | 60
#include <stdio.h>
#include <time.h>
int main(void) {
    struct tm t = { 0 };
    t.tm_year = 2024 - 1900;
    t.tm_mon = 1;
    t.tm_mday = 29;
    t.tm_hour = 13;
    t.tm_min = 5;
    t.tm_sec = 9;
    t.tm_wday = 4;
    t.tm_yday = 59;
    char buf[64];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &t);
    puts(buf);
    strftime(buf, sizeof buf, "%a %b %d %j", &t);
    puts(buf);
    printf("%.0f\n", difftime((time_t)100, (time_t)40));
    return 0;
}
