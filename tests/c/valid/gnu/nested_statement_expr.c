// GNU: statement expressions used as macro-safe min/max, nested and with typeof.
// expect-exit: 0
// expect-stdout:
// | 10 0 7
// | 0 1
// | 2.5
#include <stdio.h>
#define min(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a < _b ? _a : _b; })
#define max(a, b) ({ __typeof__(a) _a2 = (a); __typeof__(b) _b2 = (b); _a2 > _b2 ? _a2 : _b2; })
#define clamp(x, lo, hi) min(max(x, lo), hi)
int main(void) {
    int i = 0;
    printf("%d %d %d\n", clamp(15, 0, 10), clamp(-3, 0, 10), clamp(7, 0, 10));
    int m = min(i++, 10);
    printf("%d %d\n", m, i);
    printf("%.1f\n", max(1.5, 2.5));
    return 0;
}
