// Programs: Conway's game of life on a small torus: a glider after 4 generations.
// expect-exit: 0
// expect-stdout:
// | .#......
// | ..#.....
// | ###.....
// | ........
// | ........
// | ........
// | --
// | ........
// | ..#.....
// | ...#....
// | .###....
// | ........
// | ........
#include <stdio.h>
#include <string.h>
#define W 8
#define H 6
static void step(char g[H][W]) {
    char n[H][W];
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int c = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                    if (dy || dx) c += g[(y + dy + H) % H][(x + dx + W) % W];
            n[y][x] = c == 3 || (c == 2 && g[y][x]);
        }
    memcpy(g, n, sizeof n);
}
static void show(char g[H][W]) {
    for (int y = 0; y < H; y++) { for (int x = 0; x < W; x++) putchar(g[y][x] ? '#' : '.'); putchar('\n'); }
}
int main(void) {
    char g[H][W] = { { 0 } };
    g[0][1] = g[1][2] = g[2][0] = g[2][1] = g[2][2] = 1;
    show(g);
    for (int i = 0; i < 4; i++) step(g);
    puts("--");
    show(g);
    return 0;
}
