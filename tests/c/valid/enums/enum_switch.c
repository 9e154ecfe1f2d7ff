// Enums: switch over every enumerator, enum as array index, names table.
// expect-exit: 0
// expect-stdout:
// | mon 0
// | tue 0
// | wed 0
// | thu 0
// | fri 0
// | sat 1
// | sun 1
#include <stdio.h>
enum day { MON, TUE, WED, THU, FRI, SAT, SUN, DAY_COUNT };
static const char *const day_names[DAY_COUNT] = { [MON] = "mon", [TUE] = "tue", [WED] = "wed",
    [THU] = "thu", [FRI] = "fri", [SAT] = "sat", [SUN] = "sun" };
static int is_weekend(enum day d) {
    switch (d) {
    case SAT: case SUN: return 1;
    case MON: case TUE: case WED: case THU: case FRI: return 0;
    case DAY_COUNT: break;
    }
    return -1;
}
int main(void) {
    for (enum day d = MON; d < DAY_COUNT; d++) printf("%s %d\n", day_names[d], is_weekend(d));
    return 0;
}
