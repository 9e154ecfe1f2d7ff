// Programs: observer pattern with a registry of callbacks and per-subscriber state.
// expect-exit: 0
// expect-stdout:
// | log: temp=21
// | log: temp=23
// | log: humidity=40
// | 3 events, sum 84
#include <stdio.h>
#define MAX_SUBS 4
typedef void (*handler)(void *self, const char *event, int value);
struct subscription { handler fn; void *self; };
struct bus { struct subscription subs[MAX_SUBS]; int n; };
static int subscribe(struct bus *b, handler fn, void *self) {
    if (b->n == MAX_SUBS) return -1;
    b->subs[b->n] = (struct subscription){ fn, self };
    return b->n++;
}
static void publish(struct bus *b, const char *event, int value) {
    for (int i = 0; i < b->n; i++) b->subs[i].fn(b->subs[i].self, event, value);
}
struct counter { int events; long sum; };
static void count(void *self, const char *event, int value) { struct counter *c = self; (void)event; c->events++; c->sum += value; }
struct logger { const char *prefix; };
static void log_event(void *self, const char *event, int value) { printf("%s%s=%d\n", ((struct logger *)self)->prefix, event, value); }
int main(void) {
    struct bus b = { .n = 0 };
    struct counter c = { 0, 0 };
    struct logger l = { "log: " };
    subscribe(&b, count, &c);
    subscribe(&b, log_event, &l);
    publish(&b, "temp", 21);
    publish(&b, "temp", 23);
    publish(&b, "humidity", 40);
    printf("%d events, sum %ld\n", c.events, c.sum);
    return 0;
}
