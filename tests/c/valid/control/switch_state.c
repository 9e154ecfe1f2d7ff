// Control: a switch-based state machine counting words, lines and quoted strings.
// expect-exit: 0
// expect-stdout:
// | 3 words 2 lines 2 quotes
#include <stdio.h>
int main(void) {
    const char *text = "one two \"three four\"\nfive  \"six\"\n";
    enum { OUT, WORD, QUOTE } st = OUT;
    int words = 0, lines = 0, quotes = 0;
    for (const char *p = text; *p; p++) {
        char c = *p;
        if (c == '\n') lines++;
        switch (st) {
        case OUT:
            if (c == '"') { st = QUOTE; quotes++; }
            else if (c != ' ' && c != '\n') { st = WORD; words++; }
            break;
        case WORD:
            if (c == ' ' || c == '\n') st = OUT;
            break;
        case QUOTE:
            if (c == '"') st = OUT;
            break;
        }
    }
    printf("%d words %d lines %d quotes\n", words, lines, quotes);
    return 0;
}
