// Idioms: intrusive doubly linked lists with container_of; one object sits on two lists at once.
// std: gnu17
// expect-exit: 0
// expect-stdout:
// | all: init(5) net(3) disk(3) ui(7) log(1) cron(3)
// | ready: 3 0 1 2 5 4
// | ready: 3 0 1 5 4
// | drain order 30154, all still populated
// | all: init(5) net(3) disk(3) ui(7) log(1) cron(3)
// | freed 6
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

struct list_node { struct list_node *prev, *next; };

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#define list_for_each(pos, head) for (pos = (head)->next; pos != (head); pos = pos->next)

static void list_init(struct list_node *h) { h->prev = h->next = h; }
static void list_insert_after(struct list_node *at, struct list_node *n) {
    n->next = at->next; n->prev = at; at->next->prev = n; at->next = n;
}
static void list_add_tail(struct list_node *h, struct list_node *n) { list_insert_after(h->prev, n); }
static void list_del(struct list_node *n) {
    n->prev->next = n->next; n->next->prev = n->prev; n->prev = n->next = NULL;
}
static int list_empty(const struct list_node *h) { return h->next == h; }

struct task {
    int id;
    int priority;
    struct list_node all;      /* every task */
    struct list_node ready;    /* only runnable tasks */
    char name[12];
};

static void print_all(const char *label, struct list_node *head) {
    struct list_node *p;
    printf("%s:", label);
    list_for_each(p, head) {
        struct task *t = container_of(p, struct task, all);
        printf(" %s(%d)", t->name, t->priority);
    }
    printf("\n");
}

static void print_ready(struct list_node *head) {
    struct list_node *p;
    printf("ready:");
    list_for_each(p, head) printf(" %d", container_of(p, struct task, ready)->id);
    printf("\n");
}

/* Insert keeping the ready list ordered by descending priority, stable for equal priorities. */
static void ready_insert(struct list_node *head, struct task *t) {
    struct list_node *p;
    list_for_each(p, head) {
        if (container_of(p, struct task, ready)->priority < t->priority) break;
    }
    list_insert_after(p->prev, &t->ready);
}

int main(void) {
    struct list_node all, ready;
    list_init(&all); list_init(&ready);
    static const char *names[] = { "init", "net", "disk", "ui", "log", "cron" };
    static const int prio[] = { 5, 3, 3, 7, 1, 3 };
    for (int i = 0; i < 6; i++) {
        struct task *t = malloc(sizeof *t);
        if (!t) return 1;
        t->id = i; t->priority = prio[i];
        snprintf(t->name, sizeof t->name, "%s", names[i]);
        list_add_tail(&all, &t->all);
        ready_insert(&ready, t);
    }
    print_all("all", &all);
    print_ready(&ready);

    /* Block the task with id 2: remove it from ready only. */
    struct list_node *p;
    list_for_each(p, &ready) {
        struct task *t = container_of(p, struct task, ready);
        if (t->id == 2) { list_del(&t->ready); break; }
    }
    print_ready(&ready);

    /* Drain the ready list in order; the all-list is untouched. */
    int order = 0;
    while (!list_empty(&ready)) {
        struct task *t = container_of(ready.next, struct task, ready);
        list_del(&t->ready);
        order = order * 10 + t->id;
    }
    printf("drain order %d, all still %s\n", order, list_empty(&all) ? "empty" : "populated");
    print_all("all", &all);

    int freed = 0;
    while (!list_empty(&all)) {
        struct task *t = container_of(all.next, struct task, all);
        list_del(&t->all);
        free(t);
        freed++;
    }
    printf("freed %d\n", freed);
    return 0;
}
