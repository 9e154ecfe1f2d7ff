// Idioms: enums as bit flags: combining, testing, clearing, parsing "rwx"-style strings and printing flag names.
// std: c17
// expect-exit: 0
// expect-stdout:
// | f = READ|EXEC (5)
// | toggle rw: WRITE|EXEC
// | clear exec: WRITE
// | all: READ|WRITE|EXEC|SETUID|STICKY
// | unknown bits: READ|0x140
// | none: NONE
// | 'rw-': READ|WRITE               can write 1 can rw 1
// | 'r-x': READ|EXEC                can write 0 can rw 0
// | 'rwxst': READ|WRITE|EXEC|SETUID|STICKY can write 1 can rw 1
// | 'rq': invalid
// | '': NONE                     can write 0 can rw 0
// | P_ALL has 5 bits, sizeof(enum perm) 4
#include <stdio.h>
#include <string.h>

enum perm {
    P_NONE = 0,
    P_READ = 1 << 0,
    P_WRITE = 1 << 1,
    P_EXEC = 1 << 2,
    P_SETUID = 1 << 3,
    P_STICKY = 1 << 4,
    P_RW = P_READ | P_WRITE,
    P_ALL = P_READ | P_WRITE | P_EXEC | P_SETUID | P_STICKY,
};

static const struct { enum perm flag; const char *name; char letter; } flag_table[] = {
    { P_READ, "READ", 'r' }, { P_WRITE, "WRITE", 'w' }, { P_EXEC, "EXEC", 'x' },
    { P_SETUID, "SETUID", 's' }, { P_STICKY, "STICKY", 't' },
};
#define N_FLAGS (sizeof flag_table / sizeof flag_table[0])

static const char *flags_to_names(unsigned f, char *buf, size_t size) {
    buf[0] = '\0';
    if (f == P_NONE) { snprintf(buf, size, "NONE"); return buf; }
    for (size_t i = 0; i < N_FLAGS; i++) {
        if (f & flag_table[i].flag) {
            if (buf[0]) strncat(buf, "|", size - strlen(buf) - 1);
            strncat(buf, flag_table[i].name, size - strlen(buf) - 1);
            f &= ~(unsigned)flag_table[i].flag;
        }
    }
    if (f) { size_t n = strlen(buf); snprintf(buf + n, size - n, "|0x%x", f); }
    return buf;
}

static int parse_flags(const char *s, unsigned *out) {
    unsigned f = 0;
    for (; *s; s++) {
        if (*s == '-') continue;
        size_t i = 0;
        while (i < N_FLAGS && flag_table[i].letter != *s) i++;
        if (i == N_FLAGS) return 0;
        f |= flag_table[i].flag;
    }
    *out = f;
    return 1;
}

static int allowed(unsigned have, unsigned need) { return (have & need) == need; }

int main(void) {
    char buf[64];
    unsigned f = P_READ;
    f |= P_EXEC;
    printf("f = %s (%u)\n", flags_to_names(f, buf, sizeof buf), f);
    f ^= P_RW;
    printf("toggle rw: %s\n", flags_to_names(f, buf, sizeof buf));
    f &= ~(unsigned)P_EXEC;
    printf("clear exec: %s\n", flags_to_names(f, buf, sizeof buf));
    printf("all: %s\n", flags_to_names(P_ALL, buf, sizeof buf));
    printf("unknown bits: %s\n", flags_to_names(P_READ | 0x40 | 0x100, buf, sizeof buf));
    printf("none: %s\n", flags_to_names(0, buf, sizeof buf));
    const char *inputs[] = { "rw-", "r-x", "rwxst", "rq", "" };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        unsigned p;
        if (!parse_flags(inputs[i], &p)) { printf("'%s': invalid\n", inputs[i]); continue; }
        printf("'%s': %-24s can write %d can rw %d\n", inputs[i], flags_to_names(p, buf, sizeof buf),
               allowed(p, P_WRITE), allowed(p, P_RW));
    }
    int bits = 0;
    for (unsigned v = P_ALL; v; v &= v - 1) bits++;
    printf("P_ALL has %d bits, sizeof(enum perm) %zu\n", bits, sizeof(enum perm));
    return 0;
}
