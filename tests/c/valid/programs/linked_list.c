// Programs: singly linked list: push, append, reverse, remove, free all.
// expect-exit: 0
// expect-stdout:
// | 5 -> 4 -> 3 -> 2 -> 1 -> 0
// | 0 -> 1 -> 2 -> 3 -> 4 -> 5
// | 1 -> 2 -> 4 -> 5
#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
static struct node *push(struct node *head, int v) {
    struct node *n = malloc(sizeof *n);
    n->v = v; n->next = head;
    return n;
}
static void append(struct node **head, int v) {
    while (*head) head = &(*head)->next;
    *head = push(NULL, v);
}
static struct node *reverse(struct node *h) {
    struct node *prev = NULL;
    while (h) { struct node *next = h->next; h->next = prev; prev = h; h = next; }
    return prev;
}
static void remove_value(struct node **head, int v) {
    while (*head) {
        if ((*head)->v == v) { struct node *dead = *head; *head = dead->next; free(dead); }
        else head = &(*head)->next;
    }
}
static void print(const struct node *h) {
    for (; h; h = h->next) printf("%d%s", h->v, h->next ? " -> " : "\n");
}
static void free_all(struct node *h) { while (h) { struct node *n = h->next; free(h); h = n; } }
int main(void) {
    struct node *list = NULL;
    for (int i = 1; i <= 5; i++) list = push(list, i);
    append(&list, 0);
    print(list);
    list = reverse(list);
    print(list);
    remove_value(&list, 3);
    remove_value(&list, 0);
    print(list);
    free_all(list);
    return 0;
}
