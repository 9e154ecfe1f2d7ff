// Idioms: compound literals as temporary arguments, default-option structs, array literals for iteration, and pointers to literals in a block.
// std: c17
// expect-exit: 0
// expect-stdout:
// | [      3.14]
// | [    3.1416]
// | [****$42.00]
// | [............-2]
// | distance 8
// | sum 15
// | alpha beta gamma 
// | counter 10
// | pts 1,0 0,0 9,9
// | Mutable sizeof literal 8
#pragma GCC diagnostic ignored "-Woverride-init"
#include <stdio.h>
#include <string.h>

struct options { int width; int precision; char fill; const char *prefix; };

static void print_num(double v, const struct options *o) {
    char body[64];
    snprintf(body, sizeof body, "%.*f", o->precision, v);
    int pad = o->width - (int)strlen(body) - (int)strlen(o->prefix);
    printf("[");
    for (int i = 0; i < pad; i++) putchar(o->fill);
    printf("%s%s]\n", o->prefix, body);
}

#define PRINT_NUM(v, ...) print_num((v), &(struct options){ .width = 10, .precision = 2, .fill = ' ', .prefix = "", __VA_ARGS__ })

struct point { int x, y; };
static int manhattan(struct point a, struct point b) { return (a.x > b.x ? a.x - b.x : b.x - a.x) + (a.y > b.y ? a.y - b.y : b.y - a.y); }
static int sum(const int *v, size_t n) { int s = 0; for (size_t i = 0; i < n; i++) s += v[i]; return s; }

int main(void) {
    PRINT_NUM(3.14159);
    PRINT_NUM(3.14159, .precision = 4);
    PRINT_NUM(42, .fill = '*', .prefix = "$");
    PRINT_NUM(-1.5, .width = 14, .fill = '.', .precision = 0);
    printf("distance %d\n", manhattan((struct point){ 1, 2 }, (struct point){ .y = -3, .x = 4 }));
    printf("sum %d\n", sum((int[]){ 1, 2, 3, 4, 5 }, 5));
    for (const char *const *w = (const char *const[]){ "alpha", "beta", "gamma", NULL }; *w; w++) printf("%s ", *w);
    printf("\n");
    /* A compound literal in a block has automatic storage and is an lvalue: it can be modified through a pointer. */
    int *counter = (int[1]){ 0 };
    for (int i = 0; i < 5; i++) *counter += i;
    printf("counter %d\n", *counter);
    struct point *pts = (struct point[3]){ [2] = { 9, 9 }, [0].x = 1 };
    printf("pts %d,%d %d,%d %d,%d\n", pts[0].x, pts[0].y, pts[1].x, pts[1].y, pts[2].x, pts[2].y);
    char *s = (char[]){ "mutable" };
    s[0] = 'M';
    printf("%s sizeof literal %zu\n", s, sizeof (char[]){ "mutable" });
    return 0;
}
