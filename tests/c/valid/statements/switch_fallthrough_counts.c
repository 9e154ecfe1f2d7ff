// Statements: intentional fallthrough accumulating values (like a day-of-year calculation).
// expect-exit: 0
// expect-stdout:
// | 1 60 365
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#include <stdio.h>
static int day_of_year(int month, int day) {
    int days = 0;
    switch (month) {
    case 12: days += 30;
    case 11: days += 31;
    case 10: days += 30;
    case 9: days += 31;
    case 8: days += 31;
    case 7: days += 30;
    case 6: days += 31;
    case 5: days += 30;
    case 4: days += 31;
    case 3: days += 28;
    case 2: days += 31;
    case 1: days += day;
    }
    return days;
}
int main(void) {
    printf("%d %d %d\n", day_of_year(1, 1), day_of_year(3, 1), day_of_year(12, 31));
    return 0;
}
