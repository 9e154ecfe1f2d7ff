// Idioms: stackless coroutines (protothreads) built from a switch on a saved __LINE__ label inside macros, interleaving a producer and two consumers.
// std: c17
// expect-exit: 0
// expect-stdout:
// | produce 1 (queue 1)
// | produce 4 (queue 2)
// | produce 9 (queue 3)
// |   consumer 0 takes 1
// |   consumer 1 takes 4
// | produce 16 (queue 2)
// | produce 25 (queue 3)
// | produce 36 (queue 4)
// |   consumer 0 takes 9
// |   consumer 1 takes 16
// | produce 49 (queue 3)
// | produce 64 (queue 4)
// |   consumer 0 takes 25
// |   consumer 1 takes 36
// | produce 81 (queue 3)
// |   consumer 0 takes 49
// |   consumer 1 takes 64
// | produce 100 (queue 2)
// |   consumer 0 takes 81
// |   consumer 1 takes 100
// | rounds 6, consumer 0 took 5 (sum 165), consumer 1 took 5 (sum 220), total 385
#include <stdio.h>

#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"

struct pt { int lc; };
#define PT_BEGIN(p) switch ((p)->lc) { case 0:
#define PT_WAIT_UNTIL(p, cond) do { (p)->lc = __LINE__; case __LINE__: if (!(cond)) return 0; } while (0)
#define PT_YIELD(p) do { (p)->lc = -__LINE__; return 0; case -__LINE__:; } while (0)
#define PT_END(p) } (p)->lc = 0; return 1

static int queue[4], q_len, produced, consumed[2];

static int producer(struct pt *p, int total) {
    static int i;
    PT_BEGIN(p);
    for (i = 1; i <= total; i++) {
        PT_WAIT_UNTIL(p, q_len < 4);
        queue[q_len++] = i * i;
        produced++;
        printf("produce %d (queue %d)\n", i * i, q_len);
        if (i % 3 == 0) PT_YIELD(p);
    }
    PT_END(p);
}

static int consumer(struct pt *p, int who, int *sum) {
    PT_BEGIN(p);
    for (;;) {
        PT_WAIT_UNTIL(p, q_len > 0 || produced == 10);
        if (q_len == 0) break;
        int v = queue[0];
        for (int k = 1; k < q_len; k++) queue[k - 1] = queue[k];
        q_len--;
        *sum += v;
        consumed[who]++;
        printf("  consumer %d takes %d\n", who, v);
        PT_YIELD(p);
    }
    PT_END(p);
}

int main(void) {
    struct pt pp = { 0 }, c0 = { 0 }, c1 = { 0 };
    int s0 = 0, s1 = 0, rounds = 0, done_p = 0, done0 = 0, done1 = 0;
    while (!(done_p && done0 && done1)) {
        rounds++;
        if (!done_p) done_p = producer(&pp, 10);
        if (!done0) done0 = consumer(&c0, 0, &s0);
        if (!done1) done1 = consumer(&c1, 1, &s1);
    }
    printf("rounds %d, consumer 0 took %d (sum %d), consumer 1 took %d (sum %d), total %d\n",
           rounds, consumed[0], s0, consumed[1], s1, s0 + s1);
    return s0 + s1 == 385 ? 0 : 1;
}
