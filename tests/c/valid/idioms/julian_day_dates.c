// Idioms: calendar arithmetic with integer Julian Day Numbers: date -> JDN -> date, weekday, days between dates, adding days, leap-year rules, ISO week numbers.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 2000-01-01 jdn 2451545 Sat iso 1999-W52 round trip ok
// | 1970-01-01 jdn 2440588 Thu iso 1970-W01 round trip ok
// | 1969-07-20 jdn 2440423 Sun iso 1969-W29 round trip ok
// | 2024-02-29 jdn 2460370 Thu iso 2024-W09 round trip ok
// | 1900-03-01 jdn 2415080 Thu iso 1900-W09 round trip ok
// | 2021-01-03 jdn 2459218 Sun iso 2020-W53 round trip ok
// | 2026-12-31 jdn 2461406 Thu iso 2026-W53 round trip ok
// | 1582-10-15 jdn 2299161 Fri iso 1582-W41 round trip ok
// | days 1970-01-01 .. 2000-01-01: 10957
// | 100 days after 2023-12-25: 2024-04-03
// | leap years 1900..2100: 49 (1900 0, 2000 1, 2100 0)
// | Friday the 13ths in 2020s: 16
#include <stdio.h>

struct date { int y, m, d; };

static long to_jdn(struct date t) {
    long a = (14 - t.m) / 12, y = t.y + 4800 - a, m = t.m + 12 * a - 3;
    return t.d + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

static struct date from_jdn(long j) {
    long a = j + 32044, b = (4 * a + 3) / 146097, c = a - 146097 * b / 4;
    long d = (4 * c + 3) / 1461, e = c - 1461 * d / 4, m = (5 * e + 2) / 153;
    return (struct date){ (int)(100 * b + d - 4800 + m / 10), (int)(m + 3 - 12 * (m / 10)), (int)(e - (153 * m + 2) / 5 + 1) };
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int weekday(struct date t) { return (int)((to_jdn(t) + 1) % 7); } /* 0 = Sunday */

static int iso_week(struct date t, int *iso_year) {
    long j = to_jdn(t);
    int wd = (int)(j % 7) + 1;                 /* 1 = Monday .. 7 = Sunday */
    long thursday = j - wd + 4;
    struct date th = from_jdn(thursday);
    *iso_year = th.y;
    return (int)((thursday - to_jdn((struct date){ th.y, 1, 1 })) / 7 + 1);
}

int main(void) {
    static const char *const names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    struct date dates[] = { { 2000, 1, 1 }, { 1970, 1, 1 }, { 1969, 7, 20 }, { 2024, 2, 29 }, { 1900, 3, 1 }, { 2021, 1, 3 }, { 2026, 12, 31 }, { 1582, 10, 15 } };
    for (int i = 0; i < 8; i++) {
        int iy;
        int w = iso_week(dates[i], &iy);
        struct date back = from_jdn(to_jdn(dates[i]));
        printf("%04d-%02d-%02d jdn %ld %s iso %d-W%02d round trip %s\n", dates[i].y, dates[i].m, dates[i].d, to_jdn(dates[i]),
               names[weekday(dates[i])], iy, w, back.y == dates[i].y && back.m == dates[i].m && back.d == dates[i].d ? "ok" : "BAD");
    }
    printf("days 1970-01-01 .. 2000-01-01: %ld\n", to_jdn(dates[0]) - to_jdn(dates[1]));
    struct date later = from_jdn(to_jdn((struct date){ 2023, 12, 25 }) + 100);
    printf("100 days after 2023-12-25: %04d-%02d-%02d\n", later.y, later.m, later.d);
    int leaps = 0;
    for (int y = 1900; y <= 2100; y++) leaps += is_leap(y);
    printf("leap years 1900..2100: %d (1900 %d, 2000 %d, 2100 %d)\n", leaps, is_leap(1900), is_leap(2000), is_leap(2100));
    int fridays13 = 0;
    for (int y = 2020; y <= 2029; y++) for (int m = 1; m <= 12; m++) fridays13 += weekday((struct date){ y, m, 13 }) == 5;
    printf("Friday the 13ths in 2020s: %d\n", fridays13);
    return 0;
}
