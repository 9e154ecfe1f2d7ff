// Functions: towers of Hanoi, recursion with output.
// expect-exit: 0
// expect-stdout: see hanoi.out
#include <stdio.h>
static int moves = 0;
static void hanoi(int n, char from, char to, char via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n == 3) printf("move disk %d %c->%c\n", n, from, to);
    hanoi(n - 1, via, to, from);
}
int main(void) {
    hanoi(3, 'A', 'C', 'B');
    hanoi(10, 'A', 'C', 'B');
    printf("%d moves\n", moves);
    return 0;
}
