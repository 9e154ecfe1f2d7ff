// Programs: Dijkstra's shortest paths on an adjacency matrix, with path reconstruction.
// expect-exit: 0
// expect-stdout:
// | 0:  0 via 0
// | 1:  7 via 0 1
// | 2:  9 via 0 2
// | 3: 20 via 0 2 3
// | 4: 20 via 0 2 5 4
// | 5: 11 via 0 2 5
#include <stdio.h>
#include <limits.h>
#define V 6
int main(void) {
    int w[V][V] = {
        { 0, 7, 9, 0, 0, 14 }, { 7, 0, 10, 15, 0, 0 }, { 9, 10, 0, 11, 0, 2 },
        { 0, 15, 11, 0, 6, 0 }, { 0, 0, 0, 6, 0, 9 }, { 14, 0, 2, 0, 9, 0 },
    };
    int dist[V], prev[V], done[V] = { 0 };
    for (int i = 0; i < V; i++) { dist[i] = INT_MAX; prev[i] = -1; }
    dist[0] = 0;
    for (int it = 0; it < V; it++) {
        int u = -1;
        for (int i = 0; i < V; i++) if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
        done[u] = 1;
        for (int v = 0; v < V; v++)
            if (w[u][v] && dist[u] + w[u][v] < dist[v]) { dist[v] = dist[u] + w[u][v]; prev[v] = u; }
    }
    for (int i = 0; i < V; i++) {
        int path[V], n = 0;
        for (int v = i; v >= 0; v = prev[v]) path[n++] = v;
        printf("%d: %2d via", i, dist[i]);
        while (n) printf(" %d", path[--n]);
        printf("\n");
    }
    return 0;
}
