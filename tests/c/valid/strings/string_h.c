// Strings: string.h functions: strlen strcpy strncpy strcat strncat strcmp strncmp strchr strrchr strstr.
// expect-exit: 0
// expect-stdout:
// | hello, world 12
// | abcde
// | 0 0
// | 1 1 0
// | 0 1
// | o, world orld
// | world
// | 1 1
// | 0
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <stdio.h>
#include <string.h>
int main(void) {
    char buf[32];
    strcpy(buf, "hello");
    strcat(buf, ", ");
    strncat(buf, "worldwide", 5);
    printf("%s %zu\n", buf, strlen(buf));
    char small[6];
    strncpy(small, "abcdefgh", 5);
    small[5] = 0;
    puts(small);
    char padded[8];
    strncpy(padded, "ab", sizeof padded);
    printf("%d %d\n", padded[2], padded[7]);
    printf("%d %d %d\n", strcmp("abc", "abd") < 0, strcmp("b", "a") > 0, strcmp("same", "same"));
    printf("%d %d\n", strncmp("prefix-a", "prefix-b", 6), strncmp("ab", "ac", 2) < 0);
    printf("%s %s\n", strchr(buf, 'o'), strrchr(buf, 'o'));
    printf("%s\n", strstr(buf, "wor"));
    printf("%d %d\n", strchr(buf, 'z') == NULL, strstr(buf, "") == buf);
    printf("%zu\n", strlen(strchr(buf, '\0')));
    return 0;
}
