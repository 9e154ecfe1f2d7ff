// Control: longjmp out of a deep recursive search once the answer is found.
// expect-exit: 0
// expect-stdout:
// | 1 found at depth 0 after 1 nodes
// | 6 found at depth 2 after 34 nodes
// | 45 found at depth 5 after 29 nodes
// | 1000 not found after 63 nodes
#include <stdio.h>
#include <setjmp.h>
static jmp_buf found;
static int target;
static int visited;
static int found_depth;
static void search(int node, int depth) {
    visited++;
    if (node == target) { found_depth = depth; longjmp(found, 1); }
    if (depth == 5) return;
    search(node * 2, depth + 1);
    search(node * 2 + 1, depth + 1);
}
static void find(int t) {
    target = t;
    visited = 0;
    if (setjmp(found) == 0) { search(1, 0); printf("%d not found after %d nodes\n", target, visited); }
    else printf("%d found at depth %d after %d nodes\n", target, found_depth, visited);
}
int main(void) {
    static const int targets[] = { 1, 6, 45, 1000 };
    for (int i = 0; i < 4; i++) find(targets[i]);
    return 0;
}
