// Idioms: a hand-written command-line parser over an argv-style array: short flags bundled (-vvx), options with attached or separate values, long options with =, and "--" ending options.
// std: c17
// expect-exit: 0
// expect-stdout:
// | tool -vvx file.tar                 => v=2 x=1 out=- jobs=1 operands: file.tar
// | tool -ofoo.out -j4 a b             => v=0 x=0 out=foo.out jobs=4 operands: a b
// | tool -o foo.out -j 8 --verbose a   => v=1 x=0 out=foo.out jobs=8 operands: a
// | tool --output=dir/x -x -- -v --odd => v=0 x=1 out=dir/x jobs=1 operands: -v --odd
// | tool -xj                           => error: -j needs a value
// | tool -j0 a                         => error: bad job count '0'
// | tool --colour a                    => error: unknown option --colour
// | tool - plain                       => v=0 x=0 out=- jobs=1 operands: - plain
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct opts { int verbose; int extract; const char *output; long jobs; const char *operands[8]; int n_operands; char error[64]; };

static int parse(int argc, char **argv, struct opts *o) {
    memset(o, 0, sizeof *o);
    o->jobs = 1;
    int i = 1;
    for (; i < argc; i++) {
        char *a = argv[i];
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strncmp(a, "--", 2) == 0) {
            char *name = a + 2, *eq = strchr(name, '=');
            size_t len = eq ? (size_t)(eq - name) : strlen(name);
            const char *val = eq ? eq + 1 : NULL;
            if (len == 7 && strncmp(name, "verbose", 7) == 0 && !val) o->verbose++;
            else if (len == 6 && strncmp(name, "output", 6) == 0) {
                if (!val) { if (i + 1 >= argc) { snprintf(o->error, sizeof o->error, "--output needs a value"); return 0; } val = argv[++i]; }
                o->output = val;
            } else { snprintf(o->error, sizeof o->error, "unknown option --%.*s", (int)len, name); return 0; }
            continue;
        }
        if (a[0] == '-' && a[1]) {
            for (char *c = a + 1; *c; c++) {
                switch (*c) {
                case 'v': o->verbose++; break;
                case 'x': o->extract = 1; break;
                case 'o':
                case 'j': {
                    const char *val = c[1] ? c + 1 : (i + 1 < argc ? argv[++i] : NULL);
                    if (!val) { snprintf(o->error, sizeof o->error, "-%c needs a value", *c); return 0; }
                    if (*c == 'o') o->output = val;
                    else {
                        char *end;
                        o->jobs = strtol(val, &end, 10);
                        if (*end || o->jobs <= 0) { snprintf(o->error, sizeof o->error, "bad job count '%s'", val); return 0; }
                    }
                    c += strlen(c) - 1; /* the rest of this word was the value */
                    break;
                }
                default: snprintf(o->error, sizeof o->error, "unknown flag -%c", *c); return 0;
                }
            }
            continue;
        }
        if (o->n_operands < 8) o->operands[o->n_operands++] = a;
    }
    for (; i < argc; i++) if (o->n_operands < 8) o->operands[o->n_operands++] = argv[i];
    return 1;
}

static void run(const char *line) {
    char buf[128], *argv[16];
    int argc = 0;
    snprintf(buf, sizeof buf, "%s", line);
    for (char *t = strtok(buf, " "); t && argc < 16; t = strtok(NULL, " ")) argv[argc++] = t;
    struct opts o;
    printf("%-34s => ", line);
    if (!parse(argc, argv, &o)) { printf("error: %s\n", o.error); return; }
    printf("v=%d x=%d out=%s jobs=%ld operands:", o.verbose, o.extract, o.output ? o.output : "-", o.jobs);
    for (int k = 0; k < o.n_operands; k++) printf(" %s", o.operands[k]);
    printf("\n");
}

int main(void) {
    run("tool -vvx file.tar");
    run("tool -ofoo.out -j4 a b");
    run("tool -o foo.out -j 8 --verbose a");
    run("tool --output=dir/x -x -- -v --odd");
    run("tool -xj");
    run("tool -j0 a");
    run("tool --colour a");
    run("tool - plain");
    return 0;
}
