// Control: exit with a computed status from deep inside a loop; output before exit is flushed.
// expect-exit: 5
// expect-stdout:
// | found 2*6
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    for (int i = 0; i < 10; i++) {
        for (int j = 0; j < 10; j++) {
            if (i * j == 12) {
                printf("found %d*%d\n", i, j);
                exit(i + 3);
            }
        }
    }
    return 0;
}
