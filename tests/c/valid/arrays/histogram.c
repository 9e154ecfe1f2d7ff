// Arrays: counting array (histogram) of letters and printing bars.
// expect-exit: 0
// expect-stdout:
// | a 1 #
// | b 1 #
// | e 1 #
// | i 5 #####
// | k 1 #
// | m 1 #
// | n 1 #
// | p 2 ##
// | r 2 ##
// | s 5 #####
// | v 1 #
#include <stdio.h>
#include <ctype.h>
int main(void) {
    const char *text = "Mississippi river banks";
    int counts[26] = { 0 };
    for (const char *p = text; *p; p++)
        if (isalpha((unsigned char)*p)) counts[tolower((unsigned char)*p) - 'a']++;
    for (int i = 0; i < 26; i++) {
        if (!counts[i]) continue;
        printf("%c %d ", 'a' + i, counts[i]);
        for (int k = 0; k < counts[i]; k++) putchar('#');
        putchar('\n');
    }
    return 0;
}
