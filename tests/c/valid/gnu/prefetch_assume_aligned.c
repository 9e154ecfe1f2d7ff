// GNU: __builtin_prefetch is a hint that evaluates its arguments (even on a one-past-the-end or
// null, it never faults); __builtin_assume_aligned returns its pointer.
// expect-exit: 0
// expect-stdout:
// | sum=4950 calls=100
// | aligned=1 first=7
#include <stdio.h>
static int calls;
static const int *next(const int *p) { calls++; return p + 1; }
int main(void) {
    int data[100];
    for (int i = 0; i < 100; i++) data[i] = i;
    long sum = 0;
    for (const int *p = data; p < data + 100; p++) {
        __builtin_prefetch(next(p), 0, 3);
        if (p - data + 8 <= 100) __builtin_prefetch(p + 8);
        sum += *p;
    }
    __builtin_prefetch((void *)0, 1);
    printf("sum=%ld calls=%d\n", sum, calls);
    static _Alignas(16) int aligned[4] = {7, 8, 9, 10};
    int *q = __builtin_assume_aligned(aligned, 16);
    printf("aligned=%d first=%d\n", q == aligned, *q);
    return 0;
}
