// Structs: declaration, member access, assignment copies, comparison member by member.
// expect-exit: 0
// expect-stdout:
// | 20
// | 20 50
// | 1 0
// | 0
#include <stdio.h>
struct point { int x, y; };
struct rect { struct point tl, br; };
static int area(struct rect r) { return (r.br.x - r.tl.x) * (r.br.y - r.tl.y); }
static int equal(struct point a, struct point b) { return a.x == b.x && a.y == b.y; }
int main(void) {
    struct rect r = { { 1, 2 }, { 5, 7 } };
    printf("%d\n", area(r));
    struct rect s = r;
    s.br.x = 11;
    printf("%d %d\n", area(r), area(s));
    printf("%d %d\n", equal(r.tl, s.tl), equal(r.br, s.br));
    struct point *pp = &s.tl;
    pp->y = 0;
    printf("%d\n", s.tl.y);
    return 0;
}
