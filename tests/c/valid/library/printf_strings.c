// Library: printf %s with width, precision, left alignment; puts/putchar/fputs/fputc to stdout.
// expect-exit: 0
// expect-stdout:
// | [altitude] [  altitude] [altitude  ] [alt] [       alt] [al    ]
// | []
// | puts adds a newline
// | fputs does not
// | pq
// | fprintf 1
// | count me
// | 9
#include <stdio.h>
int main(void) {
    const char *s = "altitude";
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.3s] [%-*.*s]\n", s, s, s, s, s, 6, 2, s);
    printf("[%s]\n", "");
    puts("puts adds a newline");
    fputs("fputs does not\n", stdout);
    putchar('p'); putc('q', stdout); fputc('\n', stdout);
    fprintf(stdout, "%s %d\n", "fprintf", 1);
    int n = printf("%s\n", "count me");
    printf("%d\n", n);
    return 0;
}
