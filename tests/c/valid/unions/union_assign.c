// Unions: assigning whole unions, switching the active member by writing it.
// expect-exit: 0
// expect-stdout:
// | 5
// | 0.75
// | ok
// | 1 2.0
#include <stdio.h>
union cell { int i; double d; char s[8]; };
int main(void) {
    union cell a, b;
    a.i = 5;
    b = a;
    printf("%d\n", b.i);
    b.d = 0.75;
    a = b;
    printf("%.2f\n", a.d);
    a.s[0] = 'o'; a.s[1] = 'k'; a.s[2] = 0;
    printf("%s\n", a.s);
    union cell arr[2] = { { .i = 1 }, { .d = 2.0 } };
    printf("%d %.1f\n", arr[0].i, arr[1].d);
    return 0;
}
