// Idioms: game search over bitboards: tic-tac-toe positions as two 9-bit masks, win detection with a mask table, full minimax with memoisation in a 3^9 table.
// std: c17
// expect-exit: 0
// expect-stdout:
// | empty board value 0 (nodes 9973)
// | X plays 0
// | O plays 4
// | X plays 1
// | O plays 2
// | X plays 6
// | O plays 3
// | X plays 5
// | O plays 7
// | X plays 8
// | XXO
// | OOX
// | XOX
// | result: draw
// | X to move wins at 2, value 1
// | memoised positions 3964
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const uint16_t lines[8] = { 0007, 0070, 0700, 0111, 0222, 0444, 0421, 0124 };
static signed char memo[19683];
static long nodes;

static int wins(uint16_t m) { for (int i = 0; i < 8; i++) if ((m & lines[i]) == lines[i]) return 1; return 0; }

static int key(uint16_t x, uint16_t o) {
    int k = 0;
    for (int i = 8; i >= 0; i--) k = k * 3 + ((x >> i) & 1 ? 1 : (o >> i) & 1 ? 2 : 0);
    return k;
}

/* Score from the point of view of the player to move (me): +1 win, 0 draw, -1 loss. */
static int negamax(uint16_t me, uint16_t them) {
    nodes++;
    if (wins(them)) return -1;
    if ((me | them) == 0777) return 0;
    int k = key(me, them);
    if (memo[k] != 2) return memo[k];
    int best = -2;
    for (int sq = 0; sq < 9; sq++) {
        if ((me | them) >> sq & 1) continue;
        int v = -negamax(them, (uint16_t)(me | 1u << sq));
        if (v > best) best = v;
        if (best == 1) break;
    }
    memo[k] = (signed char)best;
    return best;
}

static int best_move(uint16_t me, uint16_t them) {
    int best = -2, move = -1;
    for (int sq = 0; sq < 9; sq++) {
        if ((me | them) >> sq & 1) continue;
        int v = -negamax(them, (uint16_t)(me | 1u << sq));
        if (v > best) { best = v; move = sq; }
    }
    return move;
}

static void draw(uint16_t x, uint16_t o) {
    for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) { int sq = r * 3 + c; putchar(x >> sq & 1 ? 'X' : o >> sq & 1 ? 'O' : '.'); }
        putchar('\n');
    }
}

int main(void) {
    memset(memo, 2, sizeof memo);
    int value = negamax(0, 0);
    printf("empty board value %d (nodes %ld)\n", value, nodes);
    uint16_t x = 0, o = 0;
    int turn = 0;
    /* Perfect play from both sides, X first. */
    while (!wins(x) && !wins(o) && (x | o) != 0777) {
        int m = turn == 0 ? best_move(x, o) : best_move(o, x);
        if (turn == 0) x |= (uint16_t)(1u << m); else o |= (uint16_t)(1u << m);
        printf("%c plays %d\n", turn == 0 ? 'X' : 'O', m);
        turn ^= 1;
    }
    draw(x, o);
    printf("result: %s\n", wins(x) ? "X wins" : wins(o) ? "O wins" : "draw");
    /* A position where X (to move) can win immediately. */
    uint16_t px = 0003, po = 0030;
    printf("X to move wins at %d, value %d\n", best_move(px, po), negamax(px, po));
    int solved = 0;
    for (int i = 0; i < 19683; i++) solved += memo[i] != 2;
    printf("memoised positions %d\n", solved);
    return 0;
}
