// Arrays: GNU zero-length arrays as trailing members (old-style flexible array).
// expect-exit: 0
// expect-stdout:
// | 4
// | 7 payload
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct msg { int len; char data[0]; };
int main(void) {
    printf("%zu\n", sizeof(struct msg));
    const char *text = "payload";
    struct msg *m = malloc(sizeof *m + strlen(text) + 1);
    m->len = (int)strlen(text);
    memcpy(m->data, text, strlen(text) + 1);
    printf("%d %s\n", m->len, m->data);
    free(m);
    return 0;
}
