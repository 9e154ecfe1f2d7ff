// Preprocessor: deferred expansion tricks and macros expanding to directives-free code.
// expect-exit: 0
// expect-stdout:
// | A ()
// | 123
#include <stdio.h>
#define EMPTY
#define DEFER(id) id EMPTY
#define A() 123
#define OBSTRUCT_CALL DEFER(A)()
#define EXPAND(x) x
#define STR(x) #x
#define XSTR(x) STR(x)
int main(void) {
    puts(XSTR(OBSTRUCT_CALL));
    printf("%d\n", EXPAND(OBSTRUCT_CALL));
    return 0;
}
