// Pointers: pointers into arrays of structs and to struct members, stride arithmetic.
// expect-exit: 0
// expect-stdout:
// | 100
// | 10
// | 3 3
// | 99
#include <stdio.h>
struct rec { int key; int val; };
int main(void) {
    struct rec rs[4] = { { 1, 10 }, { 2, 20 }, { 3, 30 }, { 4, 40 } };
    struct rec *p = rs;
    int *vp = &rs[0].val;
    int sum = 0;
    for (int i = 0; i < 4; i++) sum += (p + i)->val;
    printf("%d\n", sum);
    printf("%d\n", *vp);
    struct rec *last = &rs[3];
    printf("%td %d\n", last - p, last[-1].key);
    int *keys[4];
    for (int i = 0; i < 4; i++) keys[i] = &rs[i].key;
    *keys[2] = 99;
    printf("%d\n", rs[2].key);
    return 0;
}
