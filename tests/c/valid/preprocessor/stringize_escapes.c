// Preprocessor: stringizing string and char literals escapes backslashes and quotes.
// expect-exit: 0
// expect-stdout:
// | "a\"b"
// | '\''
// | "\\n"
// | 6 4 5
#include <stdio.h>
#include <string.h>
#define S(x) #x
int main(void) {
    const char *a = S("a\"b");
    const char *b = S('\'');
    const char *c = S("\\n");
    puts(a);
    puts(b);
    puts(c);
    printf("%zu %zu %zu\n", strlen(a), strlen(b), strlen(c));
    return 0;
}
