// Structs: anonymous struct and union members (C17 6.7.2.1p13) accessed directly.
// expect-exit: 0
// expect-stdout:
// | 1 2.0 3.5 2
// | 1.25
// | 1 2 3
// | 16 8
#include <stdio.h>
#include <stddef.h>
struct shape {
    int kind;
    union {
        struct { double w, h; };
        double radius;
    };
    struct { int r, g, b; } color;
};
struct nested { struct { struct { int deep; }; int mid; }; int top; };
int main(void) {
    struct shape s = { .kind = 1, .w = 2.0, .h = 3.5, .color = { 1, 2, 3 } };
    printf("%d %.1f %.1f %d\n", s.kind, s.w, s.h, s.color.g);
    struct shape c = { .kind = 2, .radius = 1.25 };
    printf("%.2f\n", c.radius);
    struct nested n = { .deep = 1, .mid = 2, .top = 3 };
    printf("%d %d %d\n", n.deep, n.mid, n.top);
    printf("%zu %zu\n", offsetof(struct shape, h), offsetof(struct nested, top));
    return 0;
}
