// Library: malloc, calloc (zeroed), realloc growth preserving contents, free(NULL).
// expect-exit: 0
// expect-stdout:
// | 0 1 4 9 -4 -5 -6 -7
// | 0.0
// | hello
// | he
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    int *a = malloc(4 * sizeof *a);
    for (int i = 0; i < 4; i++) a[i] = i * i;
    a = realloc(a, 8 * sizeof *a);
    for (int i = 4; i < 8; i++) a[i] = -i;
    for (int i = 0; i < 8; i++) printf("%d%c", a[i], i < 7 ? ' ' : '\n');
    free(a);
    double *z = calloc(5, sizeof *z);
    double s = 0;
    for (int i = 0; i < 5; i++) s += z[i];
    printf("%.1f\n", s);
    free(z);
    free(NULL);
    char *dup = malloc(6);
    strcpy(dup, "hello");
    char *grown = realloc(dup, 100);
    printf("%s\n", grown);
    grown = realloc(grown, 3);
    grown[2] = 0;
    printf("%s\n", grown);
    free(grown);
    return 0;
}
