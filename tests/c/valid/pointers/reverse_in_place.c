// Pointers: two-pointer algorithms: reverse a string, remove characters, palindromes.
// expect-exit: 0
// expect-stdout:
// | desserts
// | banana
// | 1 0
#include <stdio.h>
#include <string.h>
static void reverse(char *s) {
    char *e = s + strlen(s);
    while (s < e) { char t = *s; *s++ = *--e; *e = t; }
}
static void remove_char(char *s, char c) {
    char *w = s;
    for (; *s; s++) if (*s != c) *w++ = *s;
    *w = 0;
}
static int palindrome(const char *s) {
    const char *e = s + strlen(s) - 1;
    while (s < e) if (*s++ != *e--) return 0;
    return 1;
}
int main(void) {
    char a[] = "stressed";
    reverse(a);
    puts(a);
    char b[] = "b-a-n-a-n-a";
    remove_char(b, '-');
    puts(b);
    printf("%d %d\n", palindrome("racecar"), palindrome("abca"));
    return 0;
}
