// Idioms: variadic logging helpers built on vsnprintf: levels, prefixes, va_copy for measuring, truncation.
// std: c17
// expect-exit: 0
// expect-stdout:
// | [001] INFO  main: starting server v2.7 (20 chars)
// | [002] WARN  parse_port: bad port '99999', using 8080 (28 chars)
// | [003] DEBUG parse_port: port 443 (8 chars)
// | [004] ERROR main: left    |   right|+1.235e+04|0xff|% (35 chars)
// | [005] INFO  main: tick 0 of 20 (12 chars)
// | [006] WARN  main: tick 1 of 20 (12 chars)
// | [007] INFO  main: tick 2 of 20 (12 chars)
// | [008] WARN  main: tick 3 of 20 (12 chars)
// | [009] INFO  main: tick 4 of 20 (12 chars)
// | [010] WARN  main: tick 5 of 20 (12 chars)
// | [011] INFO  main: tick 6 of 20 (12 chars)
// | [012] WARN  main: tick 7 of 20 (12 chars)
// | [013] INFO  main: tick 8 of 20 (12 chars)
// | [014] WARN  main: tick 9 of 20 (12 chars)
// | [015] INFO  main: tick 10 of 20 (13 chars)
// | [016] WARN  main: tick 11 of 20 (13 chars)
// | [017] INFO  main: tick 12 of 20 (13 chars)
// | [018] WARN  main: tick 13 of 20 (13 chars)
// | [019] INFO  main: tick 14 of 20 (13 chars)
// | [020] WARN  main: tick 15 of 20 (13 chars)
// | [021] INFO  main: tick 16 of 20 (13 chars)
// | [022] WARN  main: tick 17 of 20 (13 chars)
// | [023] INFO  main: tick 18 of 20 (13 chars)
// | [024] WARN  main: tick 19 of 20 (13 chars)
// | snprintf wanted 8 kept 'ERROR/2'
// | ports 8523 journal complete (87 bytes)
// | I1;W2;D3;E4;I5;W6;I7;W8;I9;W10;I11;W12;I13;W14;I15;W16;I17;W18;I19;W20;I21;W22;I23;W24;
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };
static const char *const level_names[] = { "DEBUG", "INFO", "WARN", "ERROR" };
static enum level threshold = LOG_INFO;
static unsigned long sequence;

struct log_buffer { char text[96]; size_t used; int truncated; };
static struct log_buffer journal;

static void journal_append(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t room = sizeof journal.text - journal.used;
    int n = vsnprintf(journal.text + journal.used, room, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n >= room) { journal.used = sizeof journal.text - 1; journal.truncated = 1; }
    else journal.used += (size_t)n;
}

/* Formats into exactly-sized heap memory: measure with a copy of the va_list, then format. */
static char *format_alloc(const char *fmt, va_list ap) {
    va_list measure;
    va_copy(measure, ap);
    int n = vsnprintf(NULL, 0, fmt, measure);
    va_end(measure);
    if (n < 0) return NULL;
    char *s = malloc((size_t)n + 1);
    if (s) vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static void log_at(enum level lv, const char *where, const char *fmt, ...) {
    if (lv < threshold) return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = format_alloc(fmt, ap);
    va_end(ap);
    if (!msg) return;
    sequence++;
    printf("[%03lu] %-5s %s: %s (%zu chars)\n", sequence, level_names[lv], where, msg, strlen(msg));
    journal_append("%c%lu;", level_names[lv][0], sequence);
    free(msg);
}

#define LOG(lv, ...) log_at(lv, __func__, __VA_ARGS__)

static int parse_port(const char *s) {
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v <= 0 || v > 65535) { LOG(LOG_WARN, "bad port '%s', using %d", s, 8080); return 8080; }
    LOG(LOG_DEBUG, "port %ld", v);
    return (int)v;
}

int main(void) {
    LOG(LOG_INFO, "starting %s v%d.%d", "server", 2, 7);
    LOG(LOG_DEBUG, "this is hidden: %d", 42);
    int p = parse_port("99999");
    threshold = LOG_DEBUG;
    p += parse_port("443");
    LOG(LOG_ERROR, "%-8s|%8s|%+.3e|%#x|%%", "left", "right", 12345.678, 255);
    for (int i = 0; i < 20; i++) LOG(i % 2 ? LOG_WARN : LOG_INFO, "tick %d of %d", i, 20);
    char small[8];
    int want = snprintf(small, sizeof small, "%s/%lu", level_names[threshold + 3], sequence);
    printf("snprintf wanted %d kept '%s'\n", want, small);
    printf("ports %d journal %s (%zu bytes)\n", p, journal.truncated ? "truncated" : "complete", journal.used);
    printf("%s\n", journal.text);
    return 0;
}
