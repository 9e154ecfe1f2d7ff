// Stdio: rename moves a file (the old name is gone, ENOENT), rename over an existing file
// replaces it, remove deletes, removing twice fails with ENOENT.
// expect-exit: 0
// expect-stdout:
// | rename: 0
// | a exists: 0 (enoent=1), b exists: 1
// | rename over: 0
// | b holds: beta
// | rename missing: -1 enoent=1
// | remove: 0
// | remove again: -1 enoent=1
#include <errno.h>
#include <stdio.h>

static int exists(const char *name) {
    FILE *f = fopen(name, "r");
    if (!f) return 0;
    fclose(f);
    return 1;
}

static void put(const char *name, const char *text) {
    FILE *f = fopen(name, "w");
    fputs(text, f);
    fclose(f);
}

int main(void) {
    const char *a = "stdio_rename_a.txt", *b = "stdio_rename_b.txt";
    put(a, "alpha\n");
    printf("rename: %d\n", rename(a, b));
    errno = 0;
    int a_exists = exists(a);
    int a_enoent = errno == ENOENT;
    printf("a exists: %d (enoent=%d), b exists: %d\n", a_exists, a_enoent, exists(b));
    put(a, "beta\n");
    printf("rename over: %d\n", rename(a, b));
    FILE *f = fopen(b, "r");
    char buf[16] = "";
    fgets(buf, sizeof buf, f);
    fclose(f);
    printf("b holds: %s", buf);
    errno = 0;
    int r = rename(a, b);
    printf("rename missing: %d enoent=%d\n", r, errno == ENOENT);
    printf("remove: %d\n", remove(b));
    errno = 0;
    r = remove(b);
    printf("remove again: %d enoent=%d\n", r, errno == ENOENT);
    return 0;
}
