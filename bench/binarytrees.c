/* binarytrees: builds many complete binary trees with one malloc per node, walks them and frees
 * them again; one long-lived tree stays allocated throughout. Each node carries a small value so
 * the walk computes more than a node count.
 * Exercises: malloc/free of many small blocks, recursion, pointer chasing.
 *
 * usage: binarytrees [max_depth]   (max_depth >= 4)
 * bench-small: 8
 */
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *left;
    struct node *right;
    int value;
};

static struct node *new_node(struct node *left, struct node *right, int value)
{
    struct node *n = malloc(sizeof *n);
    if (n == NULL) {
        fprintf(stderr, "binarytrees: out of memory\n");
        exit(1);
    }
    n->left = left;
    n->right = right;
    n->value = value;
    return n;
}

/* A complete tree of the given depth whose node values follow the heap numbering from seed. */
static struct node *build(int depth, int seed)
{
    if (depth == 0)
        return new_node(NULL, NULL, seed % 7);
    struct node *left = build(depth - 1, 2 * seed % 1000003);
    struct node *right = build(depth - 1, (2 * seed + 1) % 1000003);
    return new_node(left, right, seed % 7);
}

/* Number of nodes plus the alternating sum of values (left subtree added, right subtracted). */
struct check {
    long nodes;
    long weight;
};

static struct check walk(const struct node *n)
{
    struct check c = { 1, n->value };
    if (n->left != NULL) {
        struct check l = walk(n->left);
        struct check r = walk(n->right);
        c.nodes += l.nodes + r.nodes;
        c.weight += l.weight - r.weight;
    }
    return c;
}

static void release(struct node *n)
{
    if (n->left != NULL) {
        release(n->left);
        release(n->right);
    }
    free(n);
}

int main(int argc, char **argv)
{
    int max_depth = argc > 1 ? atoi(argv[1]) : 16;
    const int min_depth = 4;
    if (max_depth < min_depth) {
        fprintf(stderr, "binarytrees: max_depth must be at least %d\n", min_depth);
        return 2;
    }

    struct node *stretch = build(max_depth + 1, 1);
    struct check sc = walk(stretch);
    printf("stretch tree of depth %d: %ld nodes, weight %ld\n", max_depth + 1, sc.nodes, sc.weight);
    release(stretch);

    struct node *long_lived = build(max_depth, 3);

    for (int depth = min_depth; depth <= max_depth; depth += 2) {
        long trees = 1L << (max_depth - depth + min_depth);
        long nodes = 0;
        long weight = 0;
        for (long t = 0; t < trees; t++) {
            struct node *tree = build(depth, (int)(t % 1000 + 1));
            struct check c = walk(tree);
            nodes += c.nodes;
            weight += c.weight;
            release(tree);
        }
        printf("%ld trees of depth %d: %ld nodes, weight %ld\n", trees, depth, nodes, weight);
    }

    struct check lc = walk(long_lived);
    printf("long lived tree of depth %d: %ld nodes, weight %ld\n", max_depth, lc.nodes, lc.weight);
    release(long_lived);
    return 0;
}
