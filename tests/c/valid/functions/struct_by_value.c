// Functions: structs passed and returned by value (copies), large and small structs.
// expect-exit: 0
// expect-stdout:
// | q 300
// | 280 10 5.0
// | 11 0
// | 16
#include <stdio.h>
struct small { char c; short s; };
struct big { int data[16]; double d; };
static struct small make_small(char c, short s) { struct small r = { c, s }; return r; }
static struct big fill(int base) {
    struct big b;
    for (int i = 0; i < 16; i++) b.data[i] = base + i;
    b.d = base / 2.0;
    return b;
}
static int sum(struct big b) {
    int s = 0;
    for (int i = 0; i < 16; i++) s += b.data[i];
    b.data[0] = -1000;            /* modifies the copy only */
    return s;
}
int main(void) {
    struct small s = make_small('q', 300);
    printf("%c %d\n", s.c, s.s);
    struct big b = fill(10);
    printf("%d %d %.1f\n", sum(b), b.data[0], b.d);
    struct big c = b;
    c.data[1] = 0;
    printf("%d %d\n", b.data[1], c.data[1]);
    printf("%d\n", fill(1).data[15]);
    return 0;
}
