// Strings: strtok, strspn, strcspn, strpbrk over a CSV-like line.
// expect-exit: 0
// expect-stdout:
// | [alpha]
// | [beta]
// | [gamma]
// | [delta]
// | 3
// | 3
// | , world
// | 1
#include <stdio.h>
#include <string.h>
int main(void) {
    char line[] = "alpha, beta,,gamma ;delta";
    for (char *tok = strtok(line, ",; "); tok; tok = strtok(NULL, ",; ")) printf("[%s]\n", tok);
    const char *s = "   indented";
    printf("%zu\n", strspn(s, " "));
    printf("%zu\n", strcspn("key=value", "="));
    printf("%s\n", strpbrk("hello, world", ",!"));
    printf("%d\n", strpbrk("abc", "xyz") == NULL);
    return 0;
}
