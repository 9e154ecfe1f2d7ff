// Idioms: an unbalanced binary search tree with insert, delete (all three cases), pointer-to-pointer links, traversal and free.
// std: c17
// expect-exit: 0
// expect-stdout:
// | added 10
// | initial      in: 20 30 35 40 45 50 60 65 70 80 | pre: 50 30 20 40 35 45 70 60 65 80 | n=10 h=4
// | del leaf 20  in: 30 35 40 45 50 60 65 70 80 | pre: 50 30 40 35 45 70 60 65 80 | n=9 h=4
// | del 60       in: 30 35 40 45 50 65 70 80 | pre: 50 30 40 35 45 70 65 80 | n=8 h=4
// | del 30       in: 35 40 45 50 65 70 80 | pre: 50 40 35 45 70 65 80 | n=7 h=3
// | del root 50  in: 35 40 45 65 70 80 | pre: 65 40 35 45 70 80 | n=6 h=3
// | delete missing: 0
#include <stdio.h>
#include <stdlib.h>

struct node { int key; struct node *left, *right; };

static int insert(struct node **link, int key) {
    while (*link) {
        if (key == (*link)->key) return 0;
        link = key < (*link)->key ? &(*link)->left : &(*link)->right;
    }
    struct node *n = malloc(sizeof *n);
    if (!n) return 0;
    n->key = key; n->left = n->right = NULL;
    *link = n;
    return 1;
}

static int delete(struct node **link, int key) {
    while (*link && (*link)->key != key) link = key < (*link)->key ? &(*link)->left : &(*link)->right;
    struct node *victim = *link;
    if (!victim) return 0;
    if (!victim->left) *link = victim->right;
    else if (!victim->right) *link = victim->left;
    else {
        /* Two children: unlink the in-order successor and put it in the victim's place. */
        struct node **succ = &victim->right;
        while ((*succ)->left) succ = &(*succ)->left;
        struct node *s = *succ;
        *succ = s->right;
        s->left = victim->left; s->right = victim->right;
        *link = s;
    }
    free(victim);
    return 1;
}

static void inorder(const struct node *n) { if (!n) return; inorder(n->left); printf(" %d", n->key); inorder(n->right); }
static void preorder(const struct node *n) { if (!n) return; printf(" %d", n->key); preorder(n->left); preorder(n->right); }
static int height(const struct node *n) { if (!n) return 0; int l = height(n->left), r = height(n->right); return 1 + (l > r ? l : r); }
static int count(const struct node *n) { return n ? 1 + count(n->left) + count(n->right) : 0; }
static void destroy(struct node *n) { if (!n) return; destroy(n->left); destroy(n->right); free(n); }

static void show(const char *label, const struct node *root) {
    printf("%-12s in:", label); inorder(root);
    printf(" | pre:"); preorder(root);
    printf(" | n=%d h=%d\n", count(root), height(root));
}

int main(void) {
    struct node *root = NULL;
    int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30 };
    int added = 0;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) added += insert(&root, keys[i]);
    printf("added %d\n", added);
    show("initial", root);
    delete(&root, 20); show("del leaf 20", root);
    delete(&root, 60); show("del 60", root);
    delete(&root, 30); show("del 30", root);
    delete(&root, 50); show("del root 50", root);
    printf("delete missing: %d\n", delete(&root, 99));
    destroy(root);
    return 0;
}
