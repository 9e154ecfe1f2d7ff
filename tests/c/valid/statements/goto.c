// Statements: goto forward and backward, into and out of blocks, labels on null statements.
// expect-exit: 0
// expect-stdout:
// | 3
// | 5
// | 2 3
// | cleanup
#include <stdio.h>
int main(void) {
    int i = 0;
again:
    i++;
    if (i < 3) goto again;
    printf("%d\n", i);
    goto inside;
    {
        int x;
        puts("skipped");
inside:
        x = 5;                  /* jumping into a block (no VLA) is allowed */
        printf("%d\n", x);
    }
    for (int a = 0; a < 5; a++)
        for (int b = 0; b < 5; b++)
            if (a * b == 6) { printf("%d %d\n", a, b); goto done; }
done:;
    int err = 0;
    if (err == 0) goto cleanup;
    puts("not reached");
cleanup:
    puts("cleanup");
    return 0;
}
