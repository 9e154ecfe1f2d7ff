// Programs: intrusive list (list links embedded in objects) with container_of and one object on two lists.
// expect-exit: 0
// expect-stdout:
// | init shell cron idle
// | ready: init(0) cron(1)
#include <stdio.h>
#include <stddef.h>
struct list_head { struct list_head *next, *prev; };
#define LIST_INIT(name) { &(name), &(name) }
#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))
static void list_add_tail(struct list_head *n, struct list_head *h) {
    n->prev = h->prev; n->next = h; h->prev->next = n; h->prev = n;
}
static void list_del(struct list_head *n) { n->prev->next = n->next; n->next->prev = n->prev; }
struct task { const char *name; int prio; struct list_head all; struct list_head ready; };
int main(void) {
    struct list_head all = LIST_INIT(all), ready = LIST_INIT(ready);
    struct task t[4] = { { .name = "init", .prio = 0 }, { .name = "shell", .prio = 2 }, { .name = "cron", .prio = 1 }, { .name = "idle", .prio = 9 } };
    for (int i = 0; i < 4; i++) {
        list_add_tail(&t[i].all, &all);
        if (t[i].prio < 5) list_add_tail(&t[i].ready, &ready);
    }
    list_del(&t[1].ready);
    for (struct list_head *p = all.next; p != &all; p = p->next) printf("%s%s", p == all.next ? "" : " ", container_of(p, struct task, all)->name);
    printf("\nready:");
    for (struct list_head *p = ready.next; p != &ready; p = p->next) {
        struct task *tk = container_of(p, struct task, ready);
        printf(" %s(%d)", tk->name, tk->prio);
    }
    printf("\n");
    return 0;
}
