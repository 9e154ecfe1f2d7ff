// GNU: alternate keywords __extension__, __inline__, __restrict__, __const, __volatile__, __signed__, __asm__ labels.
// expect-exit: 0
// expect-stdout:
// | 8 15 -3 4 5 1099511627776 0
#include <stdio.h>
__extension__ typedef long long ll_t;
static __inline__ int twice(int x) { return 2 * x; }
static __inline int thrice(int x) { return 3 * x; }
static void copy(int *__restrict__ d, const int *__restrict s) { *d = *s; }
extern int renamed_var __asm__("renamed_var_symbol");
int renamed_var = 5;
int main(void) {
    __const int c = 4;
    __volatile__ int v = 5;
    __signed__ char sc = -3;
    ll_t big = __extension__ 1LL << 40;
    int d;
    copy(&d, &c);
    printf("%d %d %d %d %d %lld %d\n", twice(c), thrice(v), sc, d, renamed_var, big, __extension__ 0);
    return 0;
}
