// Idioms: Kruskal's minimum spanning tree: edges sorted with qsort (weight, then endpoints for determinism), union-find with path halving and union by size.
// std: c17
// expect-exit: 0
// expect-stdout:
// | take 6-7 (1)
// | take 2-8 (2)
// | take 5-6 (2)
// | take 0-1 (4)
// | take 2-5 (4)
// | take 2-3 (7)
// | take 0-7 (8)
// | take 3-4 (9)
// | mst weight 37 with 8 edges, 3 edges rejected as cycles
// | spanning 1, component size 9
#include <stdio.h>
#include <stdlib.h>

struct edge { int u, v, w; };

static int by_weight(const void *a, const void *b) {
    const struct edge *x = a, *y = b;
    if (x->w != y->w) return x->w < y->w ? -1 : 1;
    if (x->u != y->u) return x->u < y->u ? -1 : 1;
    return (x->v > y->v) - (x->v < y->v);
}

static int find(int *parent, int x) {
    while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
    return x;
}

static int unite(int *parent, int *size, int a, int b) {
    a = find(parent, a); b = find(parent, b);
    if (a == b) return 0;
    if (size[a] < size[b]) { int t = a; a = b; b = t; }
    parent[b] = a;
    size[a] += size[b];
    return 1;
}

int main(void) {
    enum { V = 9 };
    struct edge edges[] = {
        { 0, 1, 4 }, { 0, 7, 8 }, { 1, 2, 8 }, { 1, 7, 11 }, { 2, 3, 7 }, { 2, 8, 2 }, { 2, 5, 4 }, { 3, 4, 9 },
        { 3, 5, 14 }, { 4, 5, 10 }, { 5, 6, 2 }, { 6, 7, 1 }, { 6, 8, 6 }, { 7, 8, 7 },
    };
    size_t e = sizeof edges / sizeof edges[0];
    qsort(edges, e, sizeof edges[0], by_weight);
    int parent[V], size[V];
    for (int i = 0; i < V; i++) { parent[i] = i; size[i] = 1; }
    int total = 0, used = 0, skipped = 0;
    for (size_t i = 0; i < e && used < V - 1; i++) {
        if (unite(parent, size, edges[i].u, edges[i].v)) {
            printf("take %d-%d (%d)\n", edges[i].u, edges[i].v, edges[i].w);
            total += edges[i].w;
            used++;
        } else skipped++;
    }
    printf("mst weight %d with %d edges, %d edges rejected as cycles\n", total, used, skipped);
    int root = find(parent, 0), connected = 1;
    for (int i = 1; i < V; i++) connected &= find(parent, i) == root;
    printf("spanning %d, component size %d\n", connected, size[root]);
    return 0;
}
