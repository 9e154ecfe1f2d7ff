// Idioms: a hashed timer wheel: timers in per-slot singly linked lists, rounds for long delays, periodic re-arming, cancellation by unlinking through a pointer-to-pointer.
// std: c17
// expect-exit: 0
// expect-stdout:
// | armed 6
// | t= 1 timer 5 fires (#1)
// | t= 3 timer 0 fires (#1)
// | t= 5 timer 4 fires (#1)
// | cancel 3: 1, cancel 42: 0
// | t= 8 timer 1 fires (#1)
// | t= 9 timer 4 fires (#2)
// | t=11 timer 2 fires (#1)
// | t=13 timer 4 fires (#3)
// | active at end 0
#include <stdio.h>
#include <stdlib.h>

#define SLOTS 8
struct timer { struct timer *next; unsigned rounds; unsigned period; int id; int fired; };
struct wheel { struct timer *slot[SLOTS]; unsigned now; int active; };

static void arm(struct wheel *w, struct timer *t, unsigned delay) {
    if (delay == 0) delay = 1;
    unsigned idx = (w->now + delay) % SLOTS;
    t->rounds = (delay - 1) / SLOTS;
    t->next = w->slot[idx];
    w->slot[idx] = t;
    w->active++;
}

static int cancel(struct wheel *w, int id) {
    for (int s = 0; s < SLOTS; s++)
        for (struct timer **link = &w->slot[s]; *link; link = &(*link)->next)
            if ((*link)->id == id) { struct timer *t = *link; *link = t->next; w->active--; free(t); return 1; }
    return 0;
}

static void tick(struct wheel *w) {
    w->now++;
    struct timer **link = &w->slot[w->now % SLOTS];
    struct timer *rearm = NULL;
    while (*link) {
        struct timer *t = *link;
        if (t->rounds) { t->rounds--; link = &t->next; continue; }
        *link = t->next;
        w->active--;
        t->fired++;
        printf("t=%2u timer %d fires (#%d)\n", w->now, t->id, t->fired);
        if (t->period && t->fired < 3) { t->next = rearm; rearm = t; }
        else free(t);
    }
    while (rearm) { struct timer *t = rearm; rearm = t->next; arm(w, t, t->period); }
}

static struct timer *make(int id, unsigned period) {
    struct timer *t = calloc(1, sizeof *t);
    if (t) { t->id = id; t->period = period; }
    return t;
}

int main(void) {
    struct wheel w = { { NULL }, 0, 0 };
    static const unsigned delays[] = { 3, 8, 11, 20, 5, 1 };
    static const unsigned periods[] = { 0, 0, 0, 0, 4, 0 };
    for (int i = 0; i < 6; i++) { struct timer *t = make(i, periods[i]); if (!t) return 1; arm(&w, t, delays[i]); }
    printf("armed %d\n", w.active);
    for (int step = 0; step < 25; step++) {
        if (w.now == 6) printf("cancel 3: %d, cancel 42: %d\n", cancel(&w, 3), cancel(&w, 42));
        tick(&w);
    }
    printf("active at end %d\n", w.active);
    for (int s = 0; s < SLOTS; s++) while (w.slot[s]) { struct timer *t = w.slot[s]; w.slot[s] = t->next; free(t); }
    return 0;
}
