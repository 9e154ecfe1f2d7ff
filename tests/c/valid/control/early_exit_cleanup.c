// Control: the goto-cleanup idiom releasing resources in reverse order on every path.
// expect-exit: 0
// expect-stdout:
// | fail_at=0 rc=0
// | fail_at=1 rc=-1
// | fail_at=2 rc=-1
// | fail_at=3 rc=-1
// | -3
#include <stdio.h>
#include <stdlib.h>
static int work(int fail_at) {
    int rc = -1;
    char *a = NULL, *b = NULL, *c = NULL;
    if (fail_at == 1 || !(a = malloc(16))) goto out;
    if (fail_at == 2 || !(b = malloc(16))) goto free_a;
    if (fail_at == 3 || !(c = malloc(16))) goto free_b;
    rc = 0;
    free(c);
free_b:
    free(b);
free_a:
    free(a);
out:
    printf("fail_at=%d rc=%d\n", fail_at, rc);
    return rc;
}
int main(void) {
    int total = 0;
    for (int i = 0; i <= 3; i++) total += work(i);
    printf("%d\n", total);
    return 0;
}
