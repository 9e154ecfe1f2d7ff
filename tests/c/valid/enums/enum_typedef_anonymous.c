// Enums: anonymous enums for constants, typedef'd enums, enum constants in array sizes and case labels.
// expect-exit: 0
// expect-stdout:
// | blink
// | 16 4 1
#include <stdio.h>
enum { BUF_SIZE = 16, MAX_ITEMS = BUF_SIZE / 4 };
typedef enum { OFF, ON, BLINK } led_mode;
static char buffer[BUF_SIZE];
int main(void) {
    int items[MAX_ITEMS] = { 0 };
    led_mode m = BLINK;
    switch (m) { case OFF: puts("off"); break; case ON: puts("on"); break; case BLINK: puts("blink"); break; }
    printf("%zu %zu %d\n", sizeof buffer, sizeof items / sizeof items[0], _Generic(m, unsigned: 1, int: 2, default: 3) > 0);
    return 0;
}
