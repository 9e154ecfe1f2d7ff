// Idioms: graphs as adjacency arrays (CSR: offsets + targets), iterative DFS, Tarjan's strongly connected components, topological order of the condensation.
// std: c17
// expect-exit: 0
// expect-stdout:
// |  0 -> 1
// |  1 -> 2 10
// |  2 -> 0 3
// |  3 -> 4
// |  4 -> 5
// |  5 -> 3
// |  6 -> 5 7
// |  7 -> 8
// |  8 -> 6 9
// |  9 -> 9
// | 10 ->
// | dfs from 0: 0 1 2 3 4 5 10
// | dfs from 6: 6 5 3 4 7 8 9
// | 5 components
// | component 0: 6 7 8
// | component 1: 9
// | component 2: 0 1 2
// | component 3: 10
// | component 4: 3 4 5
#include <stdio.h>
#include <string.h>

#define MAXV 12
#define MAXE 32

struct graph { int n, m; int offset[MAXV + 1]; int target[MAXE]; };

static void build(struct graph *g, int n, const int (*edges)[2], int m) {
    g->n = n; g->m = m;
    memset(g->offset, 0, sizeof g->offset);
    for (int i = 0; i < m; i++) g->offset[edges[i][0] + 1]++;
    for (int v = 0; v < n; v++) g->offset[v + 1] += g->offset[v];
    int fill[MAXV];
    memcpy(fill, g->offset, sizeof fill);
    for (int i = 0; i < m; i++) g->target[fill[edges[i][0]]++] = edges[i][1];
}

static int idx[MAXV], low[MAXV], on_stack[MAXV], comp[MAXV], stack[MAXV], sp, counter, ncomp;

static void strongconnect(const struct graph *g, int v) {
    idx[v] = low[v] = counter++;
    stack[sp++] = v; on_stack[v] = 1;
    for (int e = g->offset[v]; e < g->offset[v + 1]; e++) {
        int w = g->target[e];
        if (idx[w] < 0) { strongconnect(g, w); if (low[w] < low[v]) low[v] = low[w]; }
        else if (on_stack[w] && idx[w] < low[v]) low[v] = idx[w];
    }
    if (low[v] == idx[v]) {
        int w;
        do { w = stack[--sp]; on_stack[w] = 0; comp[w] = ncomp; } while (w != v);
        ncomp++;
    }
}

/* Iterative DFS preorder with an explicit stack of (vertex, next edge). */
static void dfs_order(const struct graph *g, int start) {
    int seen[MAXV] = { 0 }, vs[MAXV], es[MAXV], top = 0;
    vs[0] = start; es[0] = g->offset[start]; seen[start] = 1; top = 1;
    printf("dfs from %d: %d", start, start);
    while (top) {
        int v = vs[top - 1];
        if (es[top - 1] == g->offset[v + 1]) { top--; continue; }
        int w = g->target[es[top - 1]++];
        if (!seen[w]) { seen[w] = 1; printf(" %d", w); vs[top] = w; es[top] = g->offset[w]; top++; }
    }
    printf("\n");
}

int main(void) {
    static const int edges[][2] = { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 2, 3 }, { 3, 4 }, { 4, 5 }, { 5, 3 }, { 6, 5 },
                                    { 6, 7 }, { 7, 8 }, { 8, 6 }, { 9, 9 }, { 8, 9 }, { 1, 10 } };
    struct graph g;
    build(&g, 11, edges, (int)(sizeof edges / sizeof edges[0]));
    for (int v = 0; v < g.n; v++) {
        printf("%2d ->", v);
        for (int e = g.offset[v]; e < g.offset[v + 1]; e++) printf(" %d", g.target[e]);
        printf("\n");
    }
    dfs_order(&g, 0);
    dfs_order(&g, 6);
    memset(idx, -1, sizeof idx);
    for (int v = 0; v < g.n; v++) if (idx[v] < 0) strongconnect(&g, v);
    printf("%d components\n", ncomp);
    /* Tarjan emits components in reverse topological order. */
    for (int c = ncomp - 1; c >= 0; c--) {
        printf("component %d:", ncomp - 1 - c);
        for (int v = 0; v < g.n; v++) if (comp[v] == c) printf(" %d", v);
        printf("\n");
    }
    return 0;
}
