// Statements: nested switches, break only leaves the inner switch, enum and char controlling expressions.
// expect-exit: 0
// expect-stdout:
// | small circle
// | unknown
// | small square
// | some square
#include <stdio.h>
enum shape { CIRCLE, SQUARE };
static const char *describe(enum shape s, char size) {
    switch (s) {
    case CIRCLE:
        switch (size) {
        case 's': return "small circle";
        case 'l': return "large circle";
        }
        break;
    case SQUARE:
        switch (size) {
        case 's': return "small square";
        default: break;
        }
        return "some square";
    }
    return "unknown";
}
int main(void) {
    puts(describe(CIRCLE, 's'));
    puts(describe(CIRCLE, 'm'));
    puts(describe(SQUARE, 's'));
    puts(describe(SQUARE, 'l'));
    return 0;
}
