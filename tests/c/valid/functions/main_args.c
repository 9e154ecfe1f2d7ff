// Functions: main with argc/argv: argv[argc] is a null pointer; no extra arguments given.
// expect-exit: 0
// expect-stdout:
// | 1
// | 1
// | 1
#include <stdio.h>
int main(int argc, char *argv[]) {
    printf("%d\n", argc);
    printf("%d\n", argv[argc] == NULL);
    printf("%d\n", argv[0] != NULL);
    return 0;
}
