// Programs: fixed-size ring buffer (FIFO) with wrap-around, full/empty detection.
// expect-exit: 0
// expect-stdout:
// | push 1 ok
// | push 2 ok
// | push 3 ok
// | push 4 ok
// | push 5 full
// | pop 1
// | pop 2
// | drain 3
// | drain 4
// | drain 6
// | drain 7
// | empty 1 head 2 tail 2
#include <stdio.h>
#include <stdbool.h>
#define CAP 4
struct ring { int data[CAP]; unsigned head, tail, count; };
static bool push(struct ring *r, int v) {
    if (r->count == CAP) return false;
    r->data[r->tail] = v; r->tail = (r->tail + 1) % CAP; r->count++;
    return true;
}
static bool pop(struct ring *r, int *out) {
    if (r->count == 0) return false;
    *out = r->data[r->head]; r->head = (r->head + 1) % CAP; r->count--;
    return true;
}
int main(void) {
    struct ring r = { .head = 0 };
    int v;
    for (int i = 1; i <= 5; i++) printf("push %d %s\n", i, push(&r, i) ? "ok" : "full");
    for (int i = 0; i < 2; i++) if (pop(&r, &v)) printf("pop %d\n", v);
    push(&r, 6); push(&r, 7);
    while (pop(&r, &v)) printf("drain %d\n", v);
    printf("empty %d head %u tail %u\n", r.count == 0, r.head, r.tail);
    return 0;
}
