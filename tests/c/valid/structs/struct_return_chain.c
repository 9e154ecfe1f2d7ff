// Structs: chained member access on function results and on assignment expressions.
// expect-exit: 0
// expect-stdout:
// | 2.0 3.0
// | 6.0
// | 8
// | 9 8
// | 5
#include <stdio.h>
struct vec2 { double x, y; };
static struct vec2 v(double x, double y) { return (struct vec2){ x, y }; }
static struct vec2 add(struct vec2 a, struct vec2 b) { return v(a.x + b.x, a.y + b.y); }
static struct vec2 scale(struct vec2 a, double k) { return v(a.x * k, a.y * k); }
struct holder { int arr[3]; };
static struct holder make(void) { return (struct holder){ { 7, 8, 9 } }; }
int main(void) {
    struct vec2 r = scale(add(v(1, 2), v(3, 4)), 0.5);
    printf("%.1f %.1f\n", r.x, r.y);
    printf("%.1f\n", add(r, r).y);
    printf("%d\n", make().arr[1]);
    struct vec2 a, b;
    a = b = v(9, 8);
    printf("%.0f %.0f\n", a.x, b.y);
    printf("%.0f\n", (a = v(5, 5)).x);
    return 0;
}
