// GNU: __func__, __FUNCTION__ and __PRETTY_FUNCTION__ name the enclosing function.
// expect-exit: 0
// expect-stdout:
// | where where where
// | named_thing(3)
// | 5
#include <stdio.h>
static void where(void) { printf("%s %s %s\n", __func__, __FUNCTION__, __PRETTY_FUNCTION__); }
static int named_thing(int x) { printf("%s(%d)\n", __func__, x); return x; }
int main(void) {
    where();
    named_thing(3);
    printf("%zu\n", sizeof __func__);
    return 0;
}
