// Preprocessor: X-macros generating an enum, a name table and a switch.
// expect-exit: 0
// expect-stdout:
// | 4 colors
// | 0 RED ff0000 1
// | 1 GREEN 00ff00 1
// | 2 BLUE 0000ff 1
// | 3 WHITE ffffff 0
#include <stdio.h>
#define COLORS(X) X(RED, 0xff0000) X(GREEN, 0x00ff00) X(BLUE, 0x0000ff) X(WHITE, 0xffffff)
#define AS_ENUM(name, rgb) COLOR_##name,
#define AS_NAME(name, rgb) #name,
#define AS_RGB(name, rgb) rgb,
enum color { COLORS(AS_ENUM) COLOR_COUNT };
static const char *names[] = { COLORS(AS_NAME) };
static const unsigned rgbs[] = { COLORS(AS_RGB) };
static int is_primary(enum color c) {
    switch (c) {
#define AS_CASE(name, rgb) case COLOR_##name: return (rgb & (rgb - 1)) == 0 || __builtin_popcount(rgb) == 8;
    COLORS(AS_CASE)
#undef AS_CASE
    default: return -1;
    }
}
int main(void) {
    printf("%d colors\n", COLOR_COUNT);
    for (int i = 0; i < COLOR_COUNT; i++)
        printf("%d %s %06x %d\n", i, names[i], rgbs[i], is_primary((enum color)i));
    return 0;
}
