// Idioms: the goto cleanup chain: acquire resources in order, release in reverse from the failure point.
// std: c17
// expect-exit: 0
// expect-stdout:
// | fail_at -1: rc  0 ok fds 4,5           leaks: open 0 alloc 0
// | fail_at  0: rc -1 open input failed    leaks: open 0 alloc 0
// | fail_at  1: rc -1 buffer alloc failed  leaks: open 0 alloc 0
// | fail_at  2: rc -1 open output failed   leaks: open 0 alloc 0
// | fail_at  3: rc -1 index alloc failed   leaks: open 0 alloc 0
// | fail_at  4: rc -1 write failed         leaks: open 0 alloc 0
// | fail_at  5: rc  0 ok fds 4,5           leaks: open 0 alloc 0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail_at = -1, step;
static int open_count, alloc_count;

static int fake_open(void) { if (step++ == fail_at) return -1; open_count++; return 3 + open_count; }
static void fake_close(int fd) { (void)fd; open_count--; }
static void *checked_malloc(size_t n) { if (step++ == fail_at) return NULL; void *p = malloc(n); if (p) alloc_count++; return p; }
static void checked_free(void *p) { if (p) { alloc_count--; free(p); } }

static int process(char *report, size_t size) {
    int rc = -1;
    step = 0;
    int in = fake_open();
    if (in < 0) { snprintf(report, size, "open input failed"); goto out; }
    char *buffer = checked_malloc(256);
    if (!buffer) { snprintf(report, size, "buffer alloc failed"); goto close_in; }
    int out_fd = fake_open();
    if (out_fd < 0) { snprintf(report, size, "open output failed"); goto free_buffer; }
    char *index = checked_malloc(64);
    if (!index) { snprintf(report, size, "index alloc failed"); goto close_out; }
    if (step++ == fail_at) { snprintf(report, size, "write failed"); goto free_index; }
    memset(buffer, 'x', 256);
    snprintf(report, size, "ok fds %d,%d", in, out_fd);
    rc = 0;
free_index:
    checked_free(index);
close_out:
    fake_close(out_fd);
free_buffer:
    checked_free(buffer);
close_in:
    fake_close(in);
out:
    return rc;
}

int main(void) {
    char report[64];
    for (fail_at = -1; fail_at <= 5; fail_at++) {
        int rc = process(report, sizeof report);
        printf("fail_at %2d: rc %2d %-20s leaks: open %d alloc %d\n", fail_at, rc, report, open_count, alloc_count);
    }
    return open_count + alloc_count;
}
