// Statements: loops written with goto, and breaking out of nested loops with goto.
// expect-exit: 0
// expect-stdout:
// | 10
// | 1 2
#include <stdio.h>
int main(void) {
    int i = 0, sum = 0;
loop:
    if (i >= 5) goto end;
    sum += i;
    i++;
    goto loop;
end:
    printf("%d\n", sum);
    int found_r = -1, found_c = -1;
    int grid[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 3; c++)
            if (grid[r][c] == 6) { found_r = r; found_c = c; goto found; }
    puts("not found");
found:
    printf("%d %d\n", found_r, found_c);
    return 0;
}
