// Library: srand with a fixed seed gives a reproducible sequence (values from glibc's generator).
// expect-exit: 0
// expect-stdout:
// | 383 886 777 915 793
// | 1 2147483647
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    srand(1);
    int a[5];
    for (int i = 0; i < 5; i++) a[i] = rand() % 1000;
    srand(1);
    int same = 1;
    for (int i = 0; i < 5; i++) same &= (rand() % 1000) == a[i];
    printf("%d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
    printf("%d %d\n", same, RAND_MAX);
    return 0;
}
