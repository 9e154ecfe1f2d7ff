// Declarations: _Thread_local objects (single thread: behaves like static storage).
// expect-exit: 0
// expect-stdout:
// | 15 7 3
#include <stdio.h>
static _Thread_local int per_thread = 5;
_Thread_local long exported_tls;
static int bump(void) {
    static _Thread_local int calls;
    return ++calls;
}
int main(void) {
    per_thread += 10;
    exported_tls = 7;
    bump(); bump();
    printf("%d %ld %d\n", per_thread, exported_tls, bump());
    return 0;
}
