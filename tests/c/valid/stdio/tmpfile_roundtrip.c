// Stdio: tmpfile() as scratch space: write numbers with fprintf, rewind, read them back
// with fscanf and sum them; the file has no name and vanishes at fclose.
// expect-exit: 0
// expect-stdout:
// | 20 numbers, sum 2870, 68 bytes, eof=1
#include <stdio.h>

int main(void) {
    FILE *t = tmpfile();
    if (!t) return 1;
    for (int i = 1; i <= 20; i++) fprintf(t, "%d%c", i * i, i % 5 ? ' ' : '\n');
    long size = ftell(t);
    rewind(t);
    long sum = 0;
    int v, count = 0;
    while (fscanf(t, "%d", &v) == 1) {
        sum += v;
        count++;
    }
    printf("%d numbers, sum %ld, %ld bytes, eof=%d\n", count, sum, size, feof(t) != 0);
    fclose(t);
    return 0;
}
