// Idioms: a table-driven state machine: a 2-D array of function pointers indexed by [state][event].
// std: c17
// expect-exit: 0
// expect-stdout:
// | idle         push     ignored
// | idle         coin     -> has-coin
// | has-coin     coin     -> has-coin
// | has-coin     push     -> vending
// | vending      coin     -> vending
// | vending      done     -> idle
// | idle         coin     -> has-coin
// | has-coin     refund   -> idle
// | idle         coin     -> has-coin
// | has-coin     push     -> vending
// | vending      done     -> out-of-stock
// | out-of-stock coin     -> out-of-stock
// | out-of-stock push     ignored
// | out-of-stock restock  -> idle
// | idle         coin     -> has-coin
// | has-coin     push     -> vending
// | vending      done     -> idle
// | final idle stock 2 coins 3 refunds 4 sold 3 ignored 2
#include <stdio.h>

enum state { IDLE, HAS_COIN, VENDING, OUT_OF_STOCK, N_STATES };
enum event { COIN, PUSH, REFUND, RESTOCK, DONE, N_EVENTS };
static const char *const state_names[N_STATES] = { "idle", "has-coin", "vending", "out-of-stock" };
static const char *const event_names[N_EVENTS] = { "coin", "push", "refund", "restock", "done" };

struct machine { enum state state; int stock, coins, refunds, sold, ignored; };
typedef enum state (*handler)(struct machine *);

static enum state on_coin(struct machine *m) { m->coins++; return HAS_COIN; }
static enum state on_extra_coin(struct machine *m) { m->refunds++; return HAS_COIN; }
static enum state on_push(struct machine *m) { m->stock--; m->sold++; return VENDING; }
static enum state on_refund(struct machine *m) { m->coins--; m->refunds++; return IDLE; }
static enum state on_done(struct machine *m) { return m->stock > 0 ? IDLE : OUT_OF_STOCK; }
static enum state on_restock(struct machine *m) { m->stock += 3; return m->state == OUT_OF_STOCK ? IDLE : m->state; }
static enum state on_reject_coin(struct machine *m) { m->refunds++; return m->state; }

static const handler table[N_STATES][N_EVENTS] = {
    [IDLE] = { [COIN] = on_coin, [RESTOCK] = on_restock },
    [HAS_COIN] = { [COIN] = on_extra_coin, [PUSH] = on_push, [REFUND] = on_refund, [RESTOCK] = on_restock },
    [VENDING] = { [DONE] = on_done, [COIN] = on_reject_coin },
    [OUT_OF_STOCK] = { [COIN] = on_reject_coin, [RESTOCK] = on_restock },
};

static void dispatch(struct machine *m, enum event e) {
    handler h = table[m->state][e];
    if (!h) {
        m->ignored++;
        printf("%-12s %-8s ignored\n", state_names[m->state], event_names[e]);
        return;
    }
    enum state next = h(m);
    printf("%-12s %-8s -> %s\n", state_names[m->state], event_names[e], state_names[next]);
    m->state = next;
}

int main(void) {
    struct machine m = { IDLE, 2, 0, 0, 0, 0 };
    static const enum event script[] = { PUSH, COIN, COIN, PUSH, COIN, DONE, COIN, REFUND, COIN, PUSH, DONE,
                                         COIN, PUSH, RESTOCK, COIN, PUSH, DONE };
    for (size_t i = 0; i < sizeof script / sizeof script[0]; i++) dispatch(&m, script[i]);
    printf("final %s stock %d coins %d refunds %d sold %d ignored %d\n",
           state_names[m.state], m.stock, m.coins, m.refunds, m.sold, m.ignored);
    return m.sold == 3 ? 0 : 1;
}
