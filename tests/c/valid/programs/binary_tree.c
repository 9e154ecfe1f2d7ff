// Programs: binary search tree: insert, in-order traversal, height, delete, free.
// expect-exit: 0
// expect-stdout:
// | in: 20 30 35 40 45 50 60 65 70 80
// | height 4
// | in: 20 35 40 45 60 65 70 80
// | root 60 height 4
#include <stdio.h>
#include <stdlib.h>
struct tree { int key; struct tree *l, *r; };
static struct tree *insert(struct tree *t, int k) {
    if (!t) { t = malloc(sizeof *t); t->key = k; t->l = t->r = NULL; return t; }
    if (k < t->key) t->l = insert(t->l, k);
    else if (k > t->key) t->r = insert(t->r, k);
    return t;
}
static void inorder(const struct tree *t) { if (!t) return; inorder(t->l); printf(" %d", t->key); inorder(t->r); }
static int height(const struct tree *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static struct tree *delete(struct tree *t, int k) {
    if (!t) return NULL;
    if (k < t->key) t->l = delete(t->l, k);
    else if (k > t->key) t->r = delete(t->r, k);
    else {
        if (!t->l || !t->r) { struct tree *c = t->l ? t->l : t->r; free(t); return c; }
        struct tree *m = t->r;
        while (m->l) m = m->l;
        t->key = m->key;
        t->r = delete(t->r, m->key);
    }
    return t;
}
static void destroy(struct tree *t) { if (!t) return; destroy(t->l); destroy(t->r); free(t); }
int main(void) {
    int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 };
    struct tree *t = NULL;
    for (int i = 0; i < 10; i++) t = insert(t, keys[i]);
    printf("in:"); inorder(t); printf("\nheight %d\n", height(t));
    t = delete(t, 30);
    t = delete(t, 50);
    t = delete(t, 99);
    printf("in:"); inorder(t); printf("\nroot %d height %d\n", t->key, height(t));
    destroy(t);
    return 0;
}
