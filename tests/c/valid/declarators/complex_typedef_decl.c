// Declarators: the signal()-style declaration with and without typedefs.
// expect-exit: 0
// expect-stdout:
// | 5
// | -6
// | -7
#include <stdio.h>
typedef void (*handler_t)(int);
static int last = 0;
static void h1(int s) { last = s; }
static void h2(int s) { last = -s; }
static handler_t current = h1;
static void (*install(int sig, void (*fn)(int)))(int) {
    void (*old)(int) = current;
    current = fn;
    (void)sig;
    return old;
}
int main(void) {
    handler_t old = install(1, h2);
    old(5);
    printf("%d\n", last);
    current(6);
    printf("%d\n", last);
    void (*(*installer)(int, void (*)(int)))(int) = install;
    installer(2, h1)(7);
    printf("%d\n", last);
    return 0;
}
