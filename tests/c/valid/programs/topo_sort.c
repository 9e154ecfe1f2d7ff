// Programs: topological sort (Kahn's algorithm) of build targets with dependencies.
// expect-exit: 0
// expect-stdout:
// | libc -> lexer -> parser -> sema -> codegen -> driver -> tests
// | acyclic
#include <stdio.h>
#define N 7
static const char *names[N] = { "libc", "lexer", "parser", "sema", "codegen", "driver", "tests" };
int main(void) {
    int dep[][2] = { { 1, 0 }, { 2, 1 }, { 3, 2 }, { 4, 3 }, { 5, 4 }, { 5, 2 }, { 6, 5 }, { 6, 0 } };
    int indeg[N] = { 0 }, order[N], n = 0;
    int m = sizeof dep / sizeof dep[0];
    for (int i = 0; i < m; i++) indeg[dep[i][0]]++;
    int queue[N], h = 0, t = 0;
    for (int i = 0; i < N; i++) if (!indeg[i]) queue[t++] = i;
    while (h < t) {
        int u = queue[h++];
        order[n++] = u;
        for (int i = 0; i < m; i++)
            if (dep[i][1] == u && --indeg[dep[i][0]] == 0) queue[t++] = dep[i][0];
    }
    for (int i = 0; i < n; i++) printf("%s%s", names[order[i]], i + 1 < n ? " -> " : "\n");
    printf("%s\n", n == N ? "acyclic" : "cycle");
    return 0;
}
