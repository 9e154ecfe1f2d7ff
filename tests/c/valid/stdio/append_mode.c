// Stdio: "a" and "a+" streams write at the end of the file whatever the position; "a+"
// reads from where fseek puts it; "w" truncates.
// expect-exit: 0
// expect-stdout:
// | file (17): start
// | appended 1
// | |
// | first word: start
// | tell after append: 28
// | file (28): start
// | appended 1
// | appended 2
// | |
// | file (0): |
#include <stdio.h>

static const char *name = "stdio_append_mode.txt";

static void show(void) {
    FILE *f = fopen(name, "r");
    char buf[128];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    printf("file (%zu): %s|\n", n, buf);
    fclose(f);
}

int main(void) {
    FILE *f = fopen(name, "w");
    fputs("start\n", f);
    fclose(f);
    f = fopen(name, "a");
    fputs("appended 1\n", f);
    fclose(f);
    show();
    f = fopen(name, "a+");
    fseek(f, 0, SEEK_SET);
    char word[16];
    if (fscanf(f, "%15s", word) == 1) printf("first word: %s\n", word);
    fseek(f, 0, SEEK_SET);
    fputs("appended 2\n", f);
    printf("tell after append: %ld\n", ftell(f));
    fclose(f);
    show();
    f = fopen(name, "w");
    fclose(f);
    show();
    return remove(name);
}
