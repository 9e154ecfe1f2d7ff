// Stdio: copy a file byte by byte with getc/putc, then compare sizes by ftell and stat and
// contents by fread in chunks.
// expect-exit: 0
// expect-stdout:
// | copied 9332 bytes, out at 9332
// | sizes 9332 9332
// | same=1
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int main(void) {
    const char *src = "stdio_copy_src.txt", *dst = "stdio_copy_dst.txt";
    FILE *f = fopen(src, "w");
    for (int i = 0; i < 500; i++) fprintf(f, "line %03d: %s\n", i, i % 3 ? "some text" : "other");
    fclose(f);
    FILE *in = fopen(src, "r"), *out = fopen(dst, "w");
    int c;
    long copied = 0;
    while ((c = getc(in)) != EOF) {
        putc(c, out);
        copied++;
    }
    printf("copied %ld bytes, out at %ld\n", copied, ftell(out));
    fclose(in);
    fclose(out);
    struct stat a, b;
    stat(src, &a);
    stat(dst, &b);
    printf("sizes %ld %ld\n", (long)a.st_size, (long)b.st_size);
    in = fopen(src, "rb");
    out = fopen(dst, "rb");
    char x[1000], y[1000];
    size_t nx, ny;
    int same = 1;
    while ((nx = fread(x, 1, sizeof x, in)) > 0) {
        ny = fread(y, 1, sizeof y, out);
        if (nx != ny || memcmp(x, y, nx) != 0) same = 0;
    }
    printf("same=%d\n", same);
    fclose(in);
    fclose(out);
    return remove(src) | remove(dst);
}
