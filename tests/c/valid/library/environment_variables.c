// Library: getenv sees the environment (PATH exists); setenv, unsetenv and putenv change it, and environ follows.
// expect-exit: 0
// expect-stdout:
// | PATH set: 1
// | unset: 1
// | setenv 0 -> first
// | no overwrite 0 -> first
// | overwrite 0 -> third
// | in environ: 1
// | putenv 0 -> put value
// | putenv shares the string: Put value
// | unsetenv 0 -> 1
// | in environ: 0
// | bad name -1 errno 1
// | empty name -1 errno 1
// | empty value []
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
extern char **environ;
static int in_environ(const char *entry) {
    for (char **e = environ; *e; e++)
        if (strcmp(*e, entry) == 0) return 1;
    return 0;
}
int main(void) {
    printf("PATH set: %d\n", getenv("PATH") != NULL);
    printf("unset: %d\n", getenv("ALTITUDE_TEST_NOT_SET_ANYWHERE") == NULL);
    int r = setenv("ALT_VAR", "first", 1);
    printf("setenv %d -> %s\n", r, getenv("ALT_VAR"));
    r = setenv("ALT_VAR", "second", 0);
    printf("no overwrite %d -> %s\n", r, getenv("ALT_VAR"));
    r = setenv("ALT_VAR", "third", 1);
    printf("overwrite %d -> %s\n", r, getenv("ALT_VAR"));
    printf("in environ: %d\n", in_environ("ALT_VAR=third"));
    static char entry[] = "ALT_PUT=put value";
    r = putenv(entry);
    printf("putenv %d -> %s\n", r, getenv("ALT_PUT"));
    entry[8] = 'P';
    printf("putenv shares the string: %s\n", getenv("ALT_PUT"));
    r = unsetenv("ALT_VAR");
    printf("unsetenv %d -> %d\n", r, getenv("ALT_VAR") == NULL);
    printf("in environ: %d\n", in_environ("ALT_VAR=third"));
    errno = 0;
    r = setenv("A=B", "x", 1);
    printf("bad name %d errno %d\n", r, errno == EINVAL);
    errno = 0;
    r = unsetenv("");
    printf("empty name %d errno %d\n", r, errno == EINVAL);
    printf("empty value [%s]\n", (setenv("ALT_EMPTY", "", 1), getenv("ALT_EMPTY")));
    return 0;
}
