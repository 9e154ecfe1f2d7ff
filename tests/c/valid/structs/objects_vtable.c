// Structs: "objects" as structs of function pointers with a shared vtable and first-member inheritance.
// expect-exit: 0
// expect-stdout:
// | square 9.0
// | circle 12.0
// | total 21.0
#include <stdio.h>
struct shape;
struct shape_ops { double (*area)(const struct shape *); const char *(*name)(void); };
struct shape { const struct shape_ops *ops; };
struct square { struct shape base; double side; };
struct circle { struct shape base; double r; };
static double sq_area(const struct shape *s) { const struct square *q = (const struct square *)s; return q->side * q->side; }
static const char *sq_name(void) { return "square"; }
static double ci_area(const struct shape *s) { const struct circle *c = (const struct circle *)s; return 3.0 * c->r * c->r; }
static const char *ci_name(void) { return "circle"; }
static const struct shape_ops square_ops = { sq_area, sq_name }, circle_ops = { ci_area, ci_name };
int main(void) {
    struct square s = { { &square_ops }, 3 };
    struct circle c = { { &circle_ops }, 2 };
    struct shape *shapes[] = { &s.base, &c.base };
    double total = 0;
    for (int i = 0; i < 2; i++) {
        double a = shapes[i]->ops->area(shapes[i]);
        printf("%s %.1f\n", shapes[i]->ops->name(), a);
        total += a;
    }
    printf("total %.1f\n", total);
    return 0;
}
