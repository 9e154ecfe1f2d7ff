// Programs: greedy word wrapping to a fixed width with right-padded output markers.
// expect-exit: 0
// expect-stdout:
// | |The quick brown fox |
// | |jumps over the lazy |
// | |dog and keeps       |
// | |running far away    |
// | |short     |
#include <stdio.h>
#include <string.h>
static void wrap(const char *text, int width) {
    char line[64] = "";
    int len = 0;
    while (*text) {
        while (*text == ' ') text++;
        const char *w = text;
        while (*text && *text != ' ') text++;
        int wl = (int)(text - w);
        if (!wl) break;
        if (len && len + 1 + wl > width) { printf("|%-*s|\n", width, line); len = 0; line[0] = 0; }
        if (len) line[len++] = ' ';
        memcpy(line + len, w, (size_t)wl);
        len += wl;
        line[len] = 0;
    }
    if (len) printf("|%-*s|\n", width, line);
}
int main(void) {
    wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20);
    wrap("short", 10);
    return 0;
}
