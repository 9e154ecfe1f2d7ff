// Declarations: struct tags in nested scopes, "struct s;" hides an outer tag (C17 6.7.2.3).
// expect-exit: 0
// expect-stdout:
// | 2.5 8
// | 1 4
#include <stdio.h>
struct s { int a; };
int main(void) {
    struct s outer = { 1 };
    {
        struct s;                       /* new incomplete type in this scope */
        struct t { struct s *p; } t;
        struct s { double d; };         /* completes the inner struct s */
        struct s inner = { 2.5 };
        t.p = &inner;
        printf("%.1f %zu\n", t.p->d, sizeof(struct s));
    }
    printf("%d %zu\n", outer.a, sizeof(struct s));
    return 0;
}
