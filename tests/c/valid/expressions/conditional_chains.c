// Expressions: chained conditionals as a lookup, conditional as an lvalue via pointers, with side effects.
// expect-exit: 0
// expect-stdout:
// | 95A 85B 72C 64D 10F
// | 6 4
// | 5 1
#include <stdio.h>
static const char *grade(int s) { return s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : s >= 60 ? "D" : "F"; }
int main(void) {
    int scores[] = { 95, 85, 72, 64, 10 };
    for (int i = 0; i < 5; i++) printf("%d%s%s", scores[i], grade(scores[i]), i < 4 ? " " : "\n");
    int lo = 0, hi = 0;
    for (int i = 0; i < 10; i++) (*(i % 3 ? &lo : &hi))++;
    printf("%d %d\n", lo, hi);
    int calls = 0;
    int v = 1 ? (calls++, 5) : (calls += 100, 6);
    printf("%d %d\n", v, calls);
    return 0;
}
