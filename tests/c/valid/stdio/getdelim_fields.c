// Stdio: getdelim splits a file on ';' records; the delimiter is kept, the last record
// has none.
// expect-exit: 0
// expect-stdout:
// | 6 [alpha;]
// | 5 [beta;]
// | 1 [;]
// | 12 [gamma delta;]
// | 4 [last]
// | end -1 cap-ok=1
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

static const char *name = "stdio_getdelim.txt";

int main(void) {
    FILE *f = fopen(name, "w+");
    fputs("alpha;beta;;gamma delta;last", f);
    rewind(f);
    char *rec = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getdelim(&rec, &cap, ';', f)) > 0) printf("%zd [%s]\n", n, rec);
    printf("end %zd cap-ok=%d\n", n, cap >= 6);
    free(rec);
    fclose(f);
    return remove(name);
}
