// Programs: calendar arithmetic: leap years, day of week (Sakamoto-like), days between dates.
// expect-exit: 0
// expect-stdout:
// | 0 1 1 0
// | Sat Sun Thu
// | 29
// | 10957
#include <stdio.h>
static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int dow(int y, int m, int d) {
    static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
    if (m < 3) y--;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}
static long days_from_civil(int y, int m, int d) {
    static const int cum[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
    long n = 365L * (y - 1) + (y - 1) / 4 - (y - 1) / 100 + (y - 1) / 400;
    return n + cum[m - 1] + (m > 2 && leap(y)) + d;
}
int main(void) {
    static const char *names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    printf("%d %d %d %d\n", leap(1900), leap(2000), leap(2024), leap(2023));
    printf("%s %s %s\n", names[dow(2000, 1, 1)], names[dow(1969, 7, 20)], names[dow(2024, 2, 29)]);
    printf("%ld\n", days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 1));
    printf("%ld\n", days_from_civil(2000, 1, 1) - days_from_civil(1970, 1, 1));
    return 0;
}
