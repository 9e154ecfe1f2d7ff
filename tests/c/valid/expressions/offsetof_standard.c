// Expressions: offsetof with nested members and array elements, used to walk struct fields generically.
// expect-exit: 0
// expect-stdout:
// | tag   @ 0 = x
// | count @ 4 = 42
// | ratio @ 8 = 0.5
// | name  @16 = hello
// | 19
#include <stdio.h>
#include <stddef.h>
#include <string.h>
struct rec { char tag; int count; double ratio; char name[6]; };
struct field { const char *name; size_t off; char kind; };
static const struct field fields[] = {
    { "tag", offsetof(struct rec, tag), 'c' }, { "count", offsetof(struct rec, count), 'i' },
    { "ratio", offsetof(struct rec, ratio), 'd' }, { "name", offsetof(struct rec, name), 's' },
};
int main(void) {
    struct rec r = { 'x', 42, 0.5, "hello" };
    const unsigned char *base = (const unsigned char *)&r;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        const struct field *f = &fields[i];
        printf("%-5s @%2zu = ", f->name, f->off);
        switch (f->kind) {
        case 'c': { char c; memcpy(&c, base + f->off, sizeof c); printf("%c\n", c); break; }
        case 'i': { int v; memcpy(&v, base + f->off, sizeof v); printf("%d\n", v); break; }
        case 'd': { double v; memcpy(&v, base + f->off, sizeof v); printf("%g\n", v); break; }
        case 's': printf("%s\n", (const char *)(base + f->off)); break;
        }
    }
    printf("%zu\n", offsetof(struct rec, name[3]));
    return 0;
}
