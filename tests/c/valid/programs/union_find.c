// Programs: union-find with path compression and union by rank; counting components.
// expect-exit: 0
// expect-stdout:
// | 4 components
// | 1 0 1
#include <stdio.h>
#define N 10
static int parent[N], rnk[N];
static int find(int x) { return parent[x] == x ? x : (parent[x] = find(parent[x])); }
static void unite(int a, int b) {
    a = find(a); b = find(b);
    if (a == b) return;
    if (rnk[a] < rnk[b]) { int t = a; a = b; b = t; }
    parent[b] = a;
    if (rnk[a] == rnk[b]) rnk[a]++;
}
int main(void) {
    for (int i = 0; i < N; i++) parent[i] = i;
    int edges[][2] = { { 0, 1 }, { 2, 3 }, { 1, 3 }, { 5, 6 }, { 7, 8 }, { 8, 9 }, { 9, 7 } };
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) unite(edges[i][0], edges[i][1]);
    int comps = 0;
    for (int i = 0; i < N; i++) comps += find(i) == i;
    printf("%d components\n", comps);
    printf("%d %d %d\n", find(0) == find(2), find(4) == find(5), find(7) == find(9));
    return 0;
}
