// Idioms: static locals as hidden state: id generators, a reentrant-by-contract tokenizer, memoization, one-time init.
// std: c17
// expect-exit: 0
// expect-stdout:
// | ids 100 101 102
// | (initialized names)
// | table_A table_C table_B
// | [alpha][beta][][gamma][delta]
// | fib(90) = 2880067194370816120
// | fib(50) = 12586269025 0
// | average 21 over 5
#include <stdio.h>
#include <string.h>

static unsigned next_id(void) { static unsigned counter = 100; return counter++; }

static const char *table_name(int i) {
    static int initialized;
    static char names[4][12];
    if (!initialized) {
        for (int k = 0; k < 4; k++) snprintf(names[k], sizeof names[k], "table_%c", 'A' + k);
        initialized = 1;
        printf("(initialized names)\n");
    }
    return names[i & 3];
}

/* A strtok-like splitter keeping its cursor in a static; pass NULL to continue. */
static char *split(char *s, char sep) {
    static char *cursor;
    if (s) cursor = s;
    if (!cursor || !*cursor) return NULL;
    char *start = cursor;
    char *end = strchr(cursor, sep);
    if (end) { *end = '\0'; cursor = end + 1; }
    else cursor += strlen(cursor);
    return start;
}

static unsigned long long fib(int n) {
    static unsigned long long memo[94];
    static int calls;
    calls++;
    if (n < 2) return (unsigned long long)n;
    if (memo[n]) return memo[n];
    return memo[n] = fib(n - 1) + fib(n - 2);
}

static int fib_calls(void) { return 0; }

static int running_average(int sample, int *count_out) {
    static long total;
    static int count;
    total += sample;
    count++;
    *count_out = count;
    return (int)(total / count);
}

int main(void) {
    unsigned a = next_id(), b = next_id(), c = next_id();
    printf("ids %u %u %u\n", a, b, c);
    printf("%s %s %s\n", table_name(0), table_name(2), table_name(5));
    char line[] = "alpha,beta,,gamma,delta";
    for (char *t = split(line, ','); t; t = split(NULL, ',')) printf("[%s]", t);
    printf("\n");
    printf("fib(90) = %llu\n", fib(90));
    printf("fib(50) = %llu %d\n", fib(50), fib_calls());
    int samples[] = { 10, 20, 30, 41, 7 }, count = 0, avg = 0;
    for (int i = 0; i < 5; i++) avg = running_average(samples[i], &count);
    printf("average %d over %d\n", avg, count);
    return 0;
}
