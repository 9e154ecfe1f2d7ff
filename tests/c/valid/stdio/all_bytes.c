// Stdio: binary safety: all 256 byte values written with fputc read back with fgetc
// (0xff is not EOF), and an fread of more than is left returns the short count.
// expect-exit: 0
// expect-stdout:
// | count=256 in-order=1
// | short fread: 6, last=255, eof=1
// | items=4 first=100
#include <stdio.h>

static const char *name = "stdio_all_bytes.bin";

int main(void) {
    FILE *f = fopen(name, "wb");
    for (int i = 0; i < 256; i++) fputc(i, f);
    fclose(f);
    f = fopen(name, "rb");
    int ok = 1, c, count = 0;
    while ((c = fgetc(f)) != EOF) {
        if (c != count) ok = 0;
        count++;
    }
    printf("count=%d in-order=%d\n", count, ok);
    fseek(f, 250, SEEK_SET);
    unsigned char buf[16];
    size_t n = fread(buf, 1, sizeof buf, f);
    printf("short fread: %zu, last=%d, eof=%d\n", n, buf[n - 1], feof(f) != 0);
    fseek(f, 100, SEEK_SET);
    n = fread(buf, 4, 4, f);
    printf("items=%zu first=%d\n", n, buf[0]);
    fclose(f);
    return remove(name);
}
