// Idioms: jagged 2-D data as an array of row pointers into one contiguous allocation (one malloc for the index, one for the cells), Pascal's triangle and a row-pointer swap sort.
// std: c17
// expect-exit: 0
// expect-stdout:
// |                  1
// |                1   1
// |              1   2   1
// |            1   3   3   1
// |          1   4   6   4   1
// |        1   5  10  10   5   1
// |      1   6  15  20  15   6   1
// |    1   7  21  35  35  21   7   1
// | row 11 sums to 2048
// | rows by middle value: 462(len 12, at 66) 252(len 11, at 55) 126(len 10, at 45) 70(len 9, at 36) 35(len 8, at 28) 20(len 7, at 21) 10(len 6, at 15) 6(len 5, at 10) 3(len 4, at 6) 2(len 3, at 3) 1(len 1, at 0) 1(len 2, at 1)
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    enum { ROWS = 12 };
    size_t cells = ROWS * (ROWS + 1) / 2;
    unsigned long *storage = malloc(cells * sizeof *storage);
    unsigned long **row = malloc(ROWS * sizeof *row);
    int *len = malloc(ROWS * sizeof *len);
    if (!storage || !row || !len) return 1;
    for (int r = 0, off = 0; r < ROWS; off += r + 1, r++) { row[r] = storage + off; len[r] = r + 1; }
    for (int r = 0; r < ROWS; r++) {
        row[r][0] = row[r][r] = 1;
        for (int k = 1; k < r; k++) row[r][k] = row[r - 1][k - 1] + row[r - 1][k];
    }
    for (int r = 0; r < 8; r++) {
        printf("%*s", (7 - r) * 2, "");
        for (int k = 0; k < len[r]; k++) printf("%4lu", row[r][k]);
        printf("\n");
    }
    unsigned long sum = 0;
    for (int k = 0; k < len[ROWS - 1]; k++) sum += row[ROWS - 1][k];
    printf("row %d sums to %lu\n", ROWS - 1, sum);
    /* Sort rows by their middle value descending by swapping pointers only; cells never move. */
    for (int i = 1; i < ROWS; i++)
        for (int j = i; j > 0 && row[j][len[j] / 2] > row[j - 1][len[j - 1] / 2]; j--) {
            unsigned long *tp = row[j]; row[j] = row[j - 1]; row[j - 1] = tp;
            int tl = len[j]; len[j] = len[j - 1]; len[j - 1] = tl;
        }
    printf("rows by middle value:");
    for (int r = 0; r < ROWS; r++) printf(" %lu(len %d, at %td)", row[r][len[r] / 2], len[r], row[r] - storage);
    printf("\n");
    free(len);
    free(row);
    free(storage);
    return 0;
}
