// Idioms: merge sort of a singly linked list by relinking nodes (split with slow/fast pointers, merge with a dummy head), stable, O(1) extra space beyond recursion.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 0.21 0.18 0.14 1.17 1.13 1.7 1.6 2.10 2.0 3.24 3.3 4.5 4.2 5.12 5.9 5.4 6.23 6.22 6.19 6.1 7.16 7.8 8.20 9.15 9.11 
// | count 25 sorted 1 reverse-insertion order kept 1
// | empty sort: ok
#include <stdio.h>
#include <stdlib.h>

struct node { int key; int seq; struct node *next; };

static struct node *merge(struct node *a, struct node *b) {
    struct node dummy = { 0, 0, NULL }, *tail = &dummy;
    while (a && b) {
        if (b->key < a->key) { tail->next = b; b = b->next; }
        else { tail->next = a; a = a->next; }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return dummy.next;
}

static struct node *sort(struct node *head) {
    if (!head || !head->next) return head;
    struct node *slow = head, *fast = head->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *second = slow->next;
    slow->next = NULL;
    return merge(sort(head), sort(second));
}

int main(void) {
    struct node *head = NULL;
    unsigned s = 2024;
    for (int i = 0; i < 25; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n) return 1;
        s = s * 1103515245u + 12345u;
        n->key = (int)((s >> 16) % 10);
        n->seq = i;
        n->next = head;
        head = n;
    }
    head = sort(head);
    int stable = 1, sorted = 1, count = 0;
    for (struct node *p = head; p; p = p->next) {
        printf("%d.%d ", p->key, p->seq);
        count++;
        if (p->next && p->next->key < p->key) sorted = 0;
        if (p->next && p->next->key == p->key && p->next->seq > p->seq) stable = 0; /* input was built in reverse */
    }
    printf("\ncount %d sorted %d reverse-insertion order kept %d\n", count, sorted, stable);
    while (head) { struct node *n = head; head = head->next; free(n); }
    printf("empty sort: %s\n", sort(NULL) == NULL ? "ok" : "bad");
    return 0;
}
