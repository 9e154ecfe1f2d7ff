// Functions: function designators decay; comparing function pointers; passing functions by name.
// expect-exit: 0
// expect-stdout:
// | baab
// | 1 1
// | ? 1
#include <stdio.h>
static void a(void) {}
static void b(void) {}
typedef void (*fn)(void);
static const char *name_of(fn f) { return f == a ? "a" : f == b ? "b" : "?"; }
int main(void) {
    fn list[] = { b, a, &a, *b };
    for (int i = 0; i < 4; i++) printf("%s", name_of(list[i]));
    fn pa = a;
    printf("\n%d %d\n", pa == &a, (fn)a != (fn)b);
    fn none = NULL;
    printf("%s %d\n", name_of(none), none == 0);
    return 0;
}
