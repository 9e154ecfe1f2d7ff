// Types: void: functions returning void, void parameters, casts to void, void pointers to any object.
// expect-exit: 0
// expect-stdout:
// | 3 1 2.0 c
// | 8
#include <stdio.h>
static int counter;
static void bump(void) { counter++; }
static void apply(void (*f)(void), int n) { while (n--) f(); }
int main(void) {
    apply(bump, 3);
    (void)bump;
    (void)(counter + 1);
    void *anything[3];
    int i = 1; double d = 2.0; char c = 'c';
    anything[0] = &i; anything[1] = &d; anything[2] = &c;
    printf("%d %d %.1f %c\n", counter, *(int *)anything[0], *(double *)anything[1], *(char *)anything[2]);
    printf("%zu\n", sizeof(void *));
    return 0;
}
