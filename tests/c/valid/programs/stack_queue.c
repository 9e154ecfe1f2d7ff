// Programs: stack-based bracket matching and a queue built from two stacks.
// expect-exit: 0
// expect-stdout:
// | "(a[b]{c})" 1
// | "([)]" 0
// | "((" 0
// | "" 1
// | "}{" 0
// | 1 2 3
#include <stdio.h>
#include <string.h>
static int balanced(const char *s) {
    char stack[64];
    int sp = 0;
    for (; *s; s++) {
        if (strchr("([{", *s)) { if (sp == 64) return 0; stack[sp++] = *s; }
        else if (strchr(")]}", *s) && *s) {
            if (!sp) return 0;
            char open = stack[--sp];
            if ((open == '(' && *s != ')') || (open == '[' && *s != ']') || (open == '{' && *s != '}')) return 0;
        }
    }
    return sp == 0;
}
struct queue { int in[16], out[16], nin, nout; };
static void enqueue(struct queue *q, int v) { q->in[q->nin++] = v; }
static int dequeue(struct queue *q) {
    if (!q->nout) while (q->nin) q->out[q->nout++] = q->in[--q->nin];
    return q->out[--q->nout];
}
int main(void) {
    const char *tests[] = { "(a[b]{c})", "([)]", "((", "", "}{" };
    for (int i = 0; i < 5; i++) printf("\"%s\" %d\n", tests[i], balanced(tests[i]));
    struct queue q = { .nin = 0 };
    enqueue(&q, 1); enqueue(&q, 2);
    int a = dequeue(&q);
    enqueue(&q, 3);
    int b = dequeue(&q), c = dequeue(&q);
    printf("%d %d %d\n", a, b, c);
    return 0;
}
