// Structs: deeply nested structs initialised with designators and copied whole.
// expect-exit: 0
// expect-stdout:
// | button 255 200 1
// | 120 30 0 9
#include <stdio.h>
struct color { unsigned char r, g, b; };
struct style { struct color fg, bg; int bold; };
struct widget { const char *name; struct style normal, hover; int size[2]; };
int main(void) {
    struct widget w = {
        .name = "button",
        .normal = { .fg = { 0, 0, 0 }, .bg = { .r = 255, .g = 255, .b = 255 } },
        .hover = { .fg.r = 200, .bold = 1 },
        .size = { [1] = 30, [0] = 120 },
    };
    struct widget copy = w;
    copy.hover.bg.b = 9;
    printf("%s %d %d %d\n", w.name, w.normal.bg.g, w.hover.fg.r, w.hover.bold);
    printf("%d %d %d %d\n", w.size[0], w.size[1], w.hover.bg.b, copy.hover.bg.b);
    return 0;
}
