// Enums: arithmetic and comparisons on enum values, iteration, conversion from int.
// expect-exit: 0
// expect-stdout:
// | trace hidden
// | debug hidden
// | info  shown
// | warn  shown
// | error shown
// | warn 40
// | ?
#include <stdio.h>
enum level { TRACE = 10, DEBUG = 20, INFO = 30, WARN = 40, ERROR = 50 };
static const char *name(enum level l) {
    switch (l) { case TRACE: return "trace"; case DEBUG: return "debug"; case INFO: return "info";
                 case WARN: return "warn"; case ERROR: return "error"; }
    return "?";
}
int main(void) {
    enum level threshold = INFO;
    for (enum level l = TRACE; l <= ERROR; l = (enum level)(l + 10))
        printf("%-5s %s\n", name(l), l >= threshold ? "shown" : "hidden");
    enum level from_int = (enum level)40;
    printf("%s %d\n", name(from_int), ERROR - TRACE);
    printf("%s\n", name((enum level)35));
    return 0;
}
