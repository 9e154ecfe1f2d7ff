// Programs: merging sorted linked lists and merge sort on a linked list (static node pool).
// expect-exit: 0
// expect-stdout:
// | 1 2 3 4 9 10 11
// | -1 0 3 3 5 7 8
#include <stdio.h>
struct node { int v; struct node *next; };
static struct node pool[16];
static int used;
static struct node *build(const int *a, int n) {
    struct node *head = NULL, **tail = &head;
    for (int i = 0; i < n; i++) { struct node *x = &pool[used++]; x->v = a[i]; x->next = NULL; *tail = x; tail = &x->next; }
    return head;
}
static struct node *merge(struct node *a, struct node *b) {
    struct node dummy = { 0, NULL }, *t = &dummy;
    while (a && b) { if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; } t = t->next; }
    t->next = a ? a : b;
    return dummy.next;
}
static struct node *sort(struct node *h) {
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *second = slow->next;
    slow->next = NULL;
    return merge(sort(h), sort(second));
}
static void print(const struct node *h) { for (; h; h = h->next) printf("%d%c", h->v, h->next ? ' ' : '\n'); }
int main(void) {
    int a[] = { 1, 4, 9 }, b[] = { 2, 3, 10, 11 };
    print(merge(build(a, 3), build(b, 4)));
    int c[] = { 5, -1, 8, 3, 3, 0, 7 };
    print(sort(build(c, 7)));
    return 0;
}
