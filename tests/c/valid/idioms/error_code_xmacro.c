// Idioms: one X-macro list generating an error enum, its name and message tables, a lookup switch and a count, so they can never drift apart.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 6 statuses
// |   0 OK         success
// |   2 NOT_FOUND  no such entry
// |  13 ACCESS     permission denied
// |  17 EXISTS     entry already exists
// |  28 NO_SPACE   no space left
// | 110 TIMEOUT    operation timed out
// | beta            -> OK (0)
// | delta           -> NOT_FOUND (2)
// | /root           -> ACCESS (13)
// | very_long_name  -> NO_SPACE (28)
// | gamma           -> EXISTS (17)
// | unknown code: UNKNOWN
#include <stdio.h>
#include <string.h>

#define ERROR_LIST(X) \
    X(OK, 0, "success") \
    X(NOT_FOUND, 2, "no such entry") \
    X(ACCESS, 13, "permission denied") \
    X(EXISTS, 17, "entry already exists") \
    X(NO_SPACE, 28, "no space left") \
    X(TIMEOUT, 110, "operation timed out")

enum status {
#define AS_ENUM(name, code, text) ST_##name = code,
    ERROR_LIST(AS_ENUM)
#undef AS_ENUM
};

static const struct { enum status code; const char *name; const char *text; } status_table[] = {
#define AS_ROW(name, code, text) { ST_##name, #name, text },
    ERROR_LIST(AS_ROW)
#undef AS_ROW
};

enum { STATUS_COUNT = 0
#define AS_COUNT(name, code, text) + 1
    ERROR_LIST(AS_COUNT)
#undef AS_COUNT
};

static const char *status_name(enum status s) {
    switch (s) {
#define AS_CASE(name, code, text) case ST_##name: return #name;
    ERROR_LIST(AS_CASE)
#undef AS_CASE
    }
    return "UNKNOWN";
}

static enum status lookup(const char *table[], int n, const char *key, int writable) {
    for (int i = 0; i < n; i++) if (strcmp(table[i], key) == 0) return writable ? ST_EXISTS : ST_OK;
    if (strlen(key) > 8) return ST_NO_SPACE;
    return key[0] == '/' ? ST_ACCESS : ST_NOT_FOUND;
}

int main(void) {
    printf("%d statuses\n", STATUS_COUNT);
    for (int i = 0; i < STATUS_COUNT; i++)
        printf("%3d %-10s %s\n", status_table[i].code, status_table[i].name, status_table[i].text);
    const char *files[] = { "alpha", "beta", "gamma" };
    const char *queries[] = { "beta", "delta", "/root", "very_long_name", "gamma" };
    for (int q = 0; q < 5; q++) {
        enum status s = lookup(files, 3, queries[q], q == 4);
        printf("%-15s -> %s (%d)\n", queries[q], status_name(s), (int)s);
    }
    printf("unknown code: %s\n", status_name((enum status)99));
    return 0;
}
