// Idioms: setjmp/longjmp as exceptions: a try-stack of jmp_bufs, error codes through longjmp, cleanup on unwind.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 12345      sum 15
// | 12a45      error 2 (not a digit)
// | 99999      error 3 (too large)
// |            sum 0
// | 0007       sum 7
// | errors 2 live allocations 0 handlers left no
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

struct handler { jmp_buf env; struct handler *prev; };
static struct handler *top;
static int live_allocations;

static void throw_error(int code) {
    struct handler *h = top;
    top = h->prev;
    longjmp(h->env, code);
}

static void *tracked_alloc(size_t n) { void *p = malloc(n); if (p) live_allocations++; return p; }
static void tracked_free(void *p) { if (p) { live_allocations--; free(p); } }

static int parse_digit(char c) {
    if (c < '0' || c > '9') throw_error(2);
    return c - '0';
}

static int sum_digits(const char *s) {
    int *scratch = tracked_alloc(sizeof(int) * 16);
    struct handler h;
    h.prev = top;
    volatile int total = 0;
    if (setjmp(h.env) == 0) {
        top = &h;
        for (int i = 0; s[i]; i++) { scratch[i % 16] = parse_digit(s[i]); total += scratch[i % 16]; }
        if (total > 30) throw_error(3);
        top = h.prev;
        tracked_free(scratch);
        return total;
    } else {
        /* Unwinding through this frame: release what it owns, then rethrow the same code outward. */
        tracked_free(scratch);
        throw_error(total > 30 ? 3 : 2);
    }
    return -1;
}

static int run(const char *input) {
    struct handler h;
    h.prev = top;
    int code = setjmp(h.env);
    if (code == 0) {
        top = &h;
        int v = sum_digits(input);
        top = h.prev;
        printf("%-10s sum %d\n", input, v);
        return 0;
    }
    printf("%-10s error %d (%s)\n", input, code, code == 2 ? "not a digit" : "too large");
    return code;
}

int main(void) {
    const char *inputs[] = { "12345", "12a45", "99999", "", "0007" };
    int errors = 0;
    for (int i = 0; i < 5; i++) errors += run(inputs[i]) != 0;
    printf("errors %d live allocations %d handlers left %s\n", errors, live_allocations, top ? "yes" : "no");
    return 0;
}
