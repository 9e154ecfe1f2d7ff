// Pointers: pointer arithmetic to convert between element pointers and indices in a struct array.
// expect-exit: 0
// expect-stdout:
// | [0]=0 [1]=1 [3]=9 [4]=16
// | 4 4
#include <stdio.h>
struct slot { int value; struct slot *next; };
int main(void) {
    struct slot slots[5];
    for (int i = 0; i < 5; i++) { slots[i].value = i * i; slots[i].next = i < 4 ? &slots[i + 1] : NULL; }
    slots[1].next = &slots[3];
    for (struct slot *s = slots; s; s = s->next) printf("[%td]=%d%s", s - slots, s->value, s->next ? " " : "\n");
    struct slot *last = &slots[4];
    printf("%td %d\n", last - &slots[0], (last - 2)->value);
    return 0;
}
