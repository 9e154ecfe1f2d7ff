// Idioms: cycle detection without extra memory: Floyd's tortoise and hare and Brent's algorithm on function iteration and on a linked list with a loop, finding tail length and cycle length.
// std: c17
// expect-exit: 0
// expect-stdout:
// | x0=0 floyd mu=2 lambda=6, brent mu=2 lambda=6 (13 evals)
// | x0=1 floyd mu=1 lambda=6, brent mu=1 lambda=6 (13 evals)
// | x0=2 floyd mu=0 lambda=6, brent mu=0 lambda=6 (13 evals)
// | x0=3 floyd mu=2 lambda=6, brent mu=2 lambda=6 (13 evals)
// | x0=4 floyd mu=3 lambda=6, brent mu=3 lambda=6 (13 evals)
// | x0=5 floyd mu=0 lambda=6, brent mu=0 lambda=6 (13 evals)
// | straight list has cycle: 0
// | cycle starts at value 40, length 6
#include <stdio.h>

static unsigned f(unsigned x) { return (x * x + 1) % 255; }

static void floyd(unsigned x0, unsigned *mu, unsigned *lambda) {
    unsigned t = f(x0), h = f(f(x0));
    while (t != h) { t = f(t); h = f(f(h)); }
    *mu = 0; t = x0;
    while (t != h) { t = f(t); h = f(h); (*mu)++; }
    *lambda = 1; h = f(t);
    while (t != h) { h = f(h); (*lambda)++; }
}

static void brent(unsigned x0, unsigned *mu, unsigned *lambda, unsigned *evals) {
    unsigned power = 1, lam = 1, t = x0, h = f(x0);
    *evals = 1;
    while (t != h) {
        if (power == lam) { t = h; power *= 2; lam = 0; }
        h = f(h); (*evals)++;
        lam++;
    }
    t = h = x0;
    for (unsigned i = 0; i < lam; i++) h = f(h);
    unsigned m = 0;
    while (t != h) { t = f(t); h = f(h); m++; }
    *mu = m; *lambda = lam;
}

struct node { int v; struct node *next; };

static int list_cycle(struct node *head, int *start_value, int *len) {
    struct node *slow = head, *fast = head;
    while (fast && fast->next) {
        slow = slow->next; fast = fast->next->next;
        if (slow == fast) {
            slow = head;
            while (slow != fast) { slow = slow->next; fast = fast->next; }
            *start_value = slow->v;
            *len = 1;
            for (struct node *p = slow->next; p != slow; p = p->next) (*len)++;
            return 1;
        }
    }
    return 0;
}

int main(void) {
    for (unsigned x0 = 0; x0 < 6; x0++) {
        unsigned m1, l1, m2, l2, ev;
        floyd(x0, &m1, &l1);
        brent(x0, &m2, &l2, &ev);
        printf("x0=%u floyd mu=%u lambda=%u, brent mu=%u lambda=%u (%u evals)\n", x0, m1, l1, m2, l2, ev);
    }
    struct node nodes[10];
    for (int i = 0; i < 10; i++) { nodes[i].v = i * 10; nodes[i].next = i + 1 < 10 ? &nodes[i + 1] : NULL; }
    int start, len;
    printf("straight list has cycle: %d\n", list_cycle(nodes, &start, &len));
    nodes[9].next = &nodes[4];
    if (list_cycle(nodes, &start, &len)) printf("cycle starts at value %d, length %d\n", start, len);
    return 0;
}
