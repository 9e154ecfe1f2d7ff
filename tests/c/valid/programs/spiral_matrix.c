// Programs: fill a matrix in spiral order and rotate it by 90 degrees in place.
// expect-exit: 0
// expect-stdout:
// |   1  2  3  4
// |  12 13 14  5
// |  11 16 15  6
// |  10  9  8  7
// | rotated:
// |  10 11 12  1
// |   9 16 13  2
// |   8 15 14  3
// |   7  6  5  4
#include <stdio.h>
#define N 4
int main(void) {
    int m[N][N];
    int top = 0, bottom = N - 1, left = 0, right = N - 1, v = 1;
    while (top <= bottom && left <= right) {
        for (int c = left; c <= right; c++) m[top][c] = v++;
        top++;
        for (int r = top; r <= bottom; r++) m[r][right] = v++;
        right--;
        for (int c = right; c >= left && top <= bottom; c--) m[bottom][c] = v++;
        bottom--;
        for (int r = bottom; r >= top && left <= right; r--) m[r][left] = v++;
        left++;
    }
    for (int r = 0; r < N; r++) printf("%3d%3d%3d%3d\n", m[r][0], m[r][1], m[r][2], m[r][3]);
    for (int layer = 0; layer < N / 2; layer++)
        for (int i = layer; i < N - 1 - layer; i++) {
            int t = m[layer][i];
            m[layer][i] = m[N - 1 - i][layer];
            m[N - 1 - i][layer] = m[N - 1 - layer][N - 1 - i];
            m[N - 1 - layer][N - 1 - i] = m[i][N - 1 - layer];
            m[i][N - 1 - layer] = t;
        }
    puts("rotated:");
    for (int r = 0; r < N; r++) printf("%3d%3d%3d%3d\n", m[r][0], m[r][1], m[r][2], m[r][3]);
    return 0;
}
