// Idioms: flood fill and connected-component labelling on a character grid with an explicit heap-allocated stack (no recursion), plus 4- vs 8-connectivity.
// std: c17
// expect-exit: 0
// expect-stdout:
// | walls: 19 components (4-connected), largest 18
// | walls: 4 components (8-connected), largest 21
// | open areas: 4, largest 61
// | painted inside room: 61
// | painted outside: 0
// | oooo#######.........
// | oooo#ooooo#...##....
// | oooo#ooooo#..#..#...
// | oooo###o###...##....
// | #ooooooooo#.........
// | .#ooo#ooooo#..#.#.#.
// | ..#o#ooooooo#..#.#..
// | ...#ooooooooo#......
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define W 20
#define H 8

static int fill(char g[H][W + 1], int r0, int c0, char from, char to, int diagonal) {
    if (g[r0][c0] != from || from == to) return 0;
    int cap = 16, top = 0, painted = 0;
    int *stack = malloc((size_t)cap * 2 * sizeof *stack);
    if (!stack) return -1;
    stack[top++] = r0; stack[top++] = c0;
    g[r0][c0] = to;
    while (top) {
        int c = stack[--top], r = stack[--top];
        painted++;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                if ((dr == 0 && dc == 0) || (!diagonal && dr && dc)) continue;
                int nr = r + dr, nc = c + dc;
                if (nr < 0 || nr >= H || nc < 0 || nc >= W || g[nr][nc] != from) continue;
                g[nr][nc] = to;
                if (top + 2 > cap * 2) {
                    cap *= 2;
                    int *grown = realloc(stack, (size_t)cap * 2 * sizeof *stack);
                    if (!grown) { free(stack); return -1; }
                    stack = grown;
                }
                stack[top++] = nr; stack[top++] = nc;
            }
    }
    free(stack);
    return painted;
}

static int count_components(const char src[H][W + 1], char what, int diagonal, int *largest) {
    char g[H][W + 1];
    memcpy(g, src, sizeof g);
    int n = 0;
    *largest = 0;
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            if (g[r][c] == what) { int s = fill(g, r, c, what, '*', diagonal); n++; if (s > *largest) *largest = s; }
    return n;
}

int main(void) {
    char grid[H][W + 1] = {
        "....#######.........",
        "....#.....#...##....",
        "....#.....#..#..#...",
        "....###.###...##....",
        "#.........#.........",
        ".#...#.....#..#.#.#.",
        "..#.#.......#..#.#..",
        "...#.........#......",
    };
    int big;
    int n4 = count_components(grid, '#', 0, &big);
    printf("walls: %d components (4-connected), largest %d\n", n4, big);
    int n8 = count_components(grid, '#', 1, &big);
    printf("walls: %d components (8-connected), largest %d\n", n8, big);
    int rooms = count_components(grid, '.', 0, &big);
    printf("open areas: %d, largest %d\n", rooms, big);
    printf("painted inside room: %d\n", fill(grid, 1, 5, '.', 'o', 0));
    printf("painted outside: %d\n", fill(grid, 0, 0, '.', '~', 0));
    for (int r = 0; r < H; r++) printf("%s\n", grid[r]);
    return 0;
}
