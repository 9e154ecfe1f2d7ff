// Programs: AVL tree insertion with rotations; prints the tree shape in pre-order.
// expect-exit: 0
// expect-stdout:
// | height 4: 4 2 1 . . 3 . . 8 6 5 . . 7 . . 9 . 10 . .
// | height 4 root 4
#include <stdio.h>
#include <stdlib.h>
struct avl { int key, h; struct avl *l, *r; };
static int ht(struct avl *n) { return n ? n->h : 0; }
static void fix(struct avl *n) { int a = ht(n->l), b = ht(n->r); n->h = 1 + (a > b ? a : b); }
static struct avl *rot_r(struct avl *y) { struct avl *x = y->l; y->l = x->r; x->r = y; fix(y); fix(x); return x; }
static struct avl *rot_l(struct avl *x) { struct avl *y = x->r; x->r = y->l; y->l = x; fix(x); fix(y); return y; }
static struct avl *insert(struct avl *n, int k) {
    if (!n) { n = calloc(1, sizeof *n); n->key = k; n->h = 1; return n; }
    if (k < n->key) n->l = insert(n->l, k); else n->r = insert(n->r, k);
    fix(n);
    int bal = ht(n->l) - ht(n->r);
    if (bal > 1 && k < n->l->key) return rot_r(n);
    if (bal < -1 && k > n->r->key) return rot_l(n);
    if (bal > 1) { n->l = rot_l(n->l); return rot_r(n); }
    if (bal < -1) { n->r = rot_r(n->r); return rot_l(n); }
    return n;
}
static void pre(struct avl *n) { if (!n) { printf(" ."); return; } printf(" %d", n->key); pre(n->l); pre(n->r); }
static void destroy(struct avl *n) { if (n) { destroy(n->l); destroy(n->r); free(n); } }
int main(void) {
    struct avl *root = NULL;
    for (int k = 1; k <= 10; k++) root = insert(root, k);
    printf("height %d:", ht(root)); pre(root); printf("\n");
    root = insert(root, 0);
    root = insert(root, -1);
    printf("height %d root %d\n", ht(root), root->key);
    destroy(root);
    return 0;
}
