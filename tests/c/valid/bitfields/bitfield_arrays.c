// Bit-fields: arrays of structs with bit-fields used as a compact grid of cells.
// expect-exit: 0
// expect-stdout:
// | .0f*1e.2d*3c
// | *4e.5d*6c.7b
// | .0d*1c.2b*3a
// | *4c.5b*6a.79
// | 64
#include <stdio.h>
struct cell { unsigned alive : 1; unsigned age : 3; unsigned color : 4; };
int main(void) {
    struct cell grid[4][4] = { { { 0 } } };
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) {
            grid[r][c].alive = (r + c) % 2;
            grid[r][c].age = (unsigned)(r * 4 + c);      /* keeps the low 3 bits */
            grid[r][c].color = (unsigned)(15 - r - c);
        }
    for (int r = 0; r < 4; r++) {
        for (int c = 0; c < 4; c++) printf("%c%u%x", grid[r][c].alive ? '*' : '.', grid[r][c].age, grid[r][c].color);
        putchar('\n');
    }
    printf("%zu\n", sizeof grid);
    return 0;
}
