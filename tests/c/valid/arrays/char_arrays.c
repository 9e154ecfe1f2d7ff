// Arrays: char arrays as strings: building, truncating, comparing, arrays of strings.
// expect-exit: 0
// expect-stdout:
// | Altitude 8
// | Alt
// | red:3 green:5 blue:4
// | 1
// | def|abc
#include <stdio.h>
#include <string.h>
int main(void) {
    char name[16] = "";
    strcat(name, "Al");
    strcat(name, "titude");
    printf("%s %zu\n", name, strlen(name));
    name[3] = '\0';
    puts(name);
    char words[3][6] = { "red", "green", "blue" };
    for (int i = 0; i < 3; i++) printf("%s:%zu%c", words[i], strlen(words[i]), i < 2 ? ' ' : '\n');
    printf("%d\n", strcmp(words[0], words[2]) > 0);
    char grid[2][3] = { { 'a', 'b', 'c' }, { 'd', 'e', 'f' } };
    printf("%.3s|%.3s\n", grid[1], grid[0]);
    return 0;
}
