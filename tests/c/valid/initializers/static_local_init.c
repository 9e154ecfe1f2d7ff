// Initializers: static locals with constant expressions, addresses of other statics, and string tables.
// expect-exit: 0
// expect-stdout:
// | 21 Wed Sat
#include <stdio.h>
static int table_sum(void) {
    static const int t[] = { 1 << 2, 3 * 3, sizeof(long), 'A' - 'a' + 32 };
    static const int *const end = t + sizeof t / sizeof t[0];
    int s = 0;
    for (const int *p = t; p != end; p++) s += *p;
    return s;
}
static const char *weekday(int d) {
    static const char *const names[7] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    return names[d % 7];
}
int main(void) {
    printf("%d %s %s\n", table_sum(), weekday(3), weekday(13));
    return 0;
}
