// Library: the <ctype.h> classes over every unsigned char value and EOF, and the values the functions return (glibc's class bits).
// expect-exit: 0
// expect-stdout:
// | alnum  count  62 first  48 last 122 value 8 eof 0
// | alpha  count  52 first  65 last 122 value 1024 eof 0
// | blank  count   2 first   9 last  32 value 1 eof 0
// | cntrl  count  33 first   0 last 127 value 2 eof 0
// | digit  count  10 first  48 last  57 value 2048 eof 0
// | graph  count  94 first  33 last 126 value 32768 eof 0
// | lower  count  26 first  97 last 122 value 512 eof 0
// | print  count  95 first  32 last 126 value 16384 eof 0
// | punct  count  32 first  33 last 126 value 4 eof 0
// | space  count   6 first   9 last  32 value 8192 eof 0
// | upper  count  26 first  65 last  90 value 256 eof 0
// | xdigit count  22 first  48 last 102 value 4096 eof 0
// | toupper changes 26, tolower('Q') q, toupper(EOF) -1, toupper(200) 200
// | isascii 1 0 toascii 72
#include <ctype.h>
#include <stdio.h>
int main(void) {
    int (*const fns[])(int) = { isalnum, isalpha, isblank, iscntrl, isdigit, isgraph, islower, isprint, ispunct, isspace, isupper, isxdigit };
    const char *const names[] = { "alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit" };
    for (int f = 0; f < 12; f++) {
        int count = 0, first = -1, last = -1, value = 0;
        for (int c = 0; c < 256; c++)
            if (fns[f](c)) {
                count++;
                if (first < 0) first = c;
                last = c;
                value = fns[f](c);
            }
        printf("%-6s count %3d first %3d last %3d value %d eof %d\n", names[f], count, first, last, value, fns[f](EOF));
    }
    int changed = 0;
    for (int c = 0; c < 256; c++) changed += toupper(c) != c;
    printf("toupper changes %d, tolower('Q') %c, toupper(EOF) %d, toupper(200) %d\n", changed, tolower('Q'), toupper(EOF), toupper(200));
    printf("isascii %d %d toascii %d\n", isascii(127), isascii(128), toascii(200));
    return 0;
}
