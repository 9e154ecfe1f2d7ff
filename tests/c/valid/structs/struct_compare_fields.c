// Structs: comparing structs field by field (no padding bytes are compared), equality helper.
// expect-exit: 0
// expect-stdout:
// | a < b
// | b > c
// | c > d
// | 1
#include <stdio.h>
#include <string.h>
struct version { int major, minor, patch; const char *label; };
static int cmp_version(const struct version *a, const struct version *b) {
    if (a->major != b->major) return a->major - b->major;
    if (a->minor != b->minor) return a->minor - b->minor;
    return a->patch - b->patch;
}
int main(void) {
    struct version v[] = { { 1, 2, 3, "a" }, { 1, 10, 0, "b" }, { 1, 2, 3, "c" }, { 0, 9, 9, "d" } };
    for (int i = 0; i < 3; i++) {
        int c = cmp_version(&v[i], &v[i + 1]);
        printf("%s %c %s\n", v[i].label, c < 0 ? '<' : c > 0 ? '>' : '=', v[i + 1].label);
    }
    printf("%d\n", cmp_version(&v[0], &v[2]) == 0 && strcmp(v[0].label, v[2].label) != 0);
    return 0;
}
