// Declarations: several declarators with different derivations in one declaration.
// expect-exit: 0
// expect-stdout:
// | 1 1 8 6 1
// | z str abc
// | 2
#include <stdio.h>
static int f(int x) { return x * 3; }
int main(void) {
    int a = 1, *p = &a, arr[2] = { 7, 8 }, (*fp)(int) = f, **pp = &p;
    char c = 'z', *s = "str", buf[4] = "abc";
    printf("%d %d %d %d %d\n", a, *p, arr[1], fp(2), **pp);
    printf("%c %s %s\n", c, s, buf);
    unsigned long ul = 1, *pul = &ul;
    printf("%lu\n", *pul + ul);
    return 0;
}
