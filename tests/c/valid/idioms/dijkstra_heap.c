// Idioms: Dijkstra's shortest paths with a binary heap of (distance, vertex) and lazy deletion, on a weighted edge list; path reconstruction.
// std: c17
// expect-exit: 0
// expect-stdout:
// | to 0:  0 via 0
// | to 1:  7 via 0 1
// | to 2:  9 via 0 2
// | to 3: 20 via 0 2 3
// | to 4: 15 via 0 2 5 6 4
// | to 5: 11 via 0 2 5
// | to 6: 12 via 0 2 5 6
// | to 7:  1 via 0 7
// | heap pops 11
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

struct edge { int from, to, w; };
struct item { long dist; int v; };

static void heap_push(struct item *h, int *n, struct item it) {
    int i = (*n)++;
    while (i && h[(i - 1) / 2].dist > it.dist) { h[i] = h[(i - 1) / 2]; i = (i - 1) / 2; }
    h[i] = it;
}
static struct item heap_pop(struct item *h, int *n) {
    struct item top = h[0], last = h[--*n];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= *n) break;
        if (c + 1 < *n && h[c + 1].dist < h[c].dist) c++;
        if (h[c].dist >= last.dist) break;
        h[i] = h[c]; i = c;
    }
    if (*n) h[i] = last;
    return top;
}

int main(void) {
    static const struct edge edges[] = {
        { 0, 1, 7 }, { 0, 2, 9 }, { 0, 5, 14 }, { 1, 2, 10 }, { 1, 3, 15 }, { 2, 3, 11 }, { 2, 5, 2 },
        { 3, 4, 6 }, { 4, 5, 9 }, { 5, 6, 1 }, { 6, 4, 3 }, { 7, 0, 1 },
    };
    enum { V = 8, E = sizeof edges / sizeof edges[0] };
    /* Undirected: count degrees, then fill an adjacency array in both directions. */
    int start[V + 1] = { 0 };
    for (int i = 0; i < E; i++) { start[edges[i].from + 1]++; start[edges[i].to + 1]++; }
    for (int v = 0; v < V; v++) start[v + 1] += start[v];
    int *adj_to = malloc(2 * E * sizeof *adj_to), *adj_w = malloc(2 * E * sizeof *adj_w);
    struct item *heap = malloc(2 * E * sizeof *heap + sizeof *heap);
    if (!adj_to || !adj_w || !heap) return 1;
    int fill[V];
    for (int v = 0; v < V; v++) fill[v] = start[v];
    for (int i = 0; i < E; i++) {
        adj_to[fill[edges[i].from]] = edges[i].to; adj_w[fill[edges[i].from]++] = edges[i].w;
        adj_to[fill[edges[i].to]] = edges[i].from; adj_w[fill[edges[i].to]++] = edges[i].w;
    }
    long dist[V];
    int prev[V], n = 0, pops = 0;
    for (int v = 0; v < V; v++) { dist[v] = LONG_MAX; prev[v] = -1; }
    dist[0] = 0;
    heap_push(heap, &n, (struct item){ 0, 0 });
    while (n) {
        struct item it = heap_pop(heap, &n);
        pops++;
        if (it.dist > dist[it.v]) continue; /* stale entry */
        for (int e = start[it.v]; e < start[it.v + 1]; e++) {
            long nd = it.dist + adj_w[e];
            if (nd < dist[adj_to[e]]) { dist[adj_to[e]] = nd; prev[adj_to[e]] = it.v; heap_push(heap, &n, (struct item){ nd, adj_to[e] }); }
        }
    }
    for (int v = 0; v < V; v++) {
        int path[V], len = 0;
        for (int u = v; u != -1; u = prev[u]) path[len++] = u;
        printf("to %d: %2ld via", v, dist[v]);
        while (len) printf(" %d", path[--len]);
        printf("\n");
    }
    printf("heap pops %d\n", pops);
    free(adj_to); free(adj_w); free(heap);
    return 0;
}
