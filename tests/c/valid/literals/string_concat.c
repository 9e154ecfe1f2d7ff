// Literals: adjacent string literal concatenation, including mixed prefixes (C17 6.4.5p5).
// expect-exit: 0
// expect-stdout:
// | abcdefghi
// | 5
// | 4 101
// | AB
// | tab	here!
// | |
#include <stdio.h>
#include <wchar.h>
int main(void) {
    const char *s = "abc" "def"
                    "ghi";
    puts(s);
    printf("%zu\n", sizeof("ab" "cd"));
    const wchar_t *w = L"wi" "de";
    printf("%zu %d\n", wcslen(w), (int)w[3]);
    puts("\x41" "B");        /* the hex escape ends at the end of the first literal */
    puts("tab\there" "" "!");
    printf("%s|%s\n", "", "" "");
    return 0;
}
