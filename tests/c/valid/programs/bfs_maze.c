// Programs: breadth-first search through a character maze, marking the shortest path.
// expect-exit: 0
// expect-stdout:
// | distance 22
// | S.#........
// | *##.#####.#
// | ****#...#..
// | ###*#.#.#.#
// | ****#.#...#
// | *####.####.
// | **********E
#include <stdio.h>
#include <string.h>
#define R 7
#define C 11
int main(void) {
    char maze[R][C + 1] = {
        "S.#........", ".##.#####.#", "....#...#..", "###.#.#.#.#", "....#.#...#", ".####.####.", "..........E",
    };
    int dist[R][C], qr[R * C], qc[R * C], head = 0, tail = 0;
    memset(dist, -1, sizeof dist);
    dist[0][0] = 0; qr[tail] = 0; qc[tail++] = 0;
    const int dr[] = { 1, -1, 0, 0 }, dc[] = { 0, 0, 1, -1 };
    while (head < tail) {
        int r = qr[head], c = qc[head++];
        for (int k = 0; k < 4; k++) {
            int nr = r + dr[k], nc = c + dc[k];
            if (nr < 0 || nr >= R || nc < 0 || nc >= C || maze[nr][nc] == '#' || dist[nr][nc] >= 0) continue;
            dist[nr][nc] = dist[r][c] + 1;
            qr[tail] = nr; qc[tail++] = nc;
        }
    }
    int r = R - 1, c = C - 1;
    printf("distance %d\n", dist[r][c]);
    while (dist[r][c] > 0) {
        for (int k = 0; k < 4; k++) {
            int pr = r + dr[k], pc = c + dc[k];
            if (pr >= 0 && pr < R && pc >= 0 && pc < C && dist[pr][pc] == dist[r][c] - 1) { r = pr; c = pc; break; }
        }
        if (maze[r][c] == '.') maze[r][c] = '*';
    }
    for (int i = 0; i < R; i++) puts(maze[i]);
    return 0;
}
