// Statements: break and continue in nested loops and inside switch within a loop.
// expect-exit: 0
// expect-stdout:
// | 12
// | 10
// | 45
// | 3
#include <stdio.h>
int main(void) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
        if (i % 2) continue;
        if (i > 6) break;
        sum += i;
    }
    printf("%d\n", sum);
    int out = 0;
    for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
            if (j > i) break;
            out++;
        }
    }
    printf("%d\n", out);
    int hits = 0;
    for (int i = 0; i < 6; i++) {
        switch (i) {
        case 1: continue;     /* continues the loop */
        case 3: break;        /* leaves the switch only */
        default: hits += 10;
        }
        hits++;
    }
    printf("%d\n", hits);
    int w = 0;
    do { w++; if (w < 3) continue; break; } while (1);
    printf("%d\n", w);
    return 0;
}
