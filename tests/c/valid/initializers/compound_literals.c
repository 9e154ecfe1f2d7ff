// Initializers: compound literals: arrays, structs, file scope (static), lvalues, in loops.
// expect-exit: 0
// expect-stdout:
// | 10
// | 1 12
// | 7
// | 0 8
// | lit
// | 9 1
#include <stdio.h>
struct point { int x, y; };
static int *file_scope = (int[]){ 5, 6, 7 };
static int sum(const int *p, int n) { int s = 0; while (n--) s += *p++; return s; }
static struct point add(struct point a, struct point b) { return (struct point){ a.x + b.x, a.y + b.y }; }
int main(void) {
    printf("%d\n", sum((int[]){ 1, 2, 3, 4 }, 4));
    struct point p = add((struct point){ 1, 2 }, (struct point){ .y = 10 });
    printf("%d %d\n", p.x, p.y);
    printf("%d\n", file_scope[2]);
    int *q = (int[3]){ 0 };
    q[1] = 8;
    printf("%d %d\n", q[0], q[1]);
    (struct point){ 0, 0 }.x = 3;          /* compound literals are lvalues */
    const char *s = (const char[]){ "lit" };
    printf("%s\n", s);
    struct point *pp = &(struct point){ 9, 9 };
    pp->y = 1;
    printf("%d %d\n", pp->x, pp->y);
    return 0;
}
