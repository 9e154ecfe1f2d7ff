// Stdio: freopen attaches stdin to a file (it stays descriptor 0), scanf reads from it.
// expect-exit: 0
// expect-stdout:
// | fileno(stdin)=0
// | n=3 total=60 next=10
// | end=1
#include <stdio.h>

static const char *name = "stdio_freopen_input.txt";

int main(void) {
    FILE *f = fopen(name, "w");
    fputs("3\n10 20 30\n", f);
    fclose(f);
    if (!freopen(name, "r", stdin)) return 1;
    printf("fileno(stdin)=%d\n", fileno(stdin));
    int n, total = 0, v;
    if (scanf("%d", &n) != 1) return 2;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &v) == 1) total += v;
    printf("n=%d total=%d next=%d\n", n, total, getchar());
    printf("end=%d\n", getchar() == EOF);
    return remove(name);
}
