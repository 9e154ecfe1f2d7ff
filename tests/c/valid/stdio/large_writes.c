// Stdio: writes larger than the buffer and reads in odd chunk sizes through an fread/fwrite
// round trip; ftell stays exact across buffer boundaries.
// expect-exit: 0
// expect-stdout:
// | tell 3000
// | tell 12000
// | tell 20000
// | got 20000 same=1 tell=20000
#include <stdio.h>
#include <stdlib.h>

static const char *name = "stdio_large_writes.bin";

int main(void) {
    enum { N = 20000 };
    unsigned char *data = malloc(N);
    for (int i = 0; i < N; i++) data[i] = (unsigned char)(i * 7 + i / 256);
    FILE *f = fopen(name, "w+b");
    fwrite(data, 1, 3000, f);
    printf("tell %ld\n", ftell(f));
    fwrite(data + 3000, 1, 9000, f);
    printf("tell %ld\n", ftell(f));
    fwrite(data + 12000, 1, N - 12000, f);
    printf("tell %ld\n", ftell(f));
    rewind(f);
    unsigned char *back = malloc(N);
    size_t got = 0, chunk = 1;
    while (got < N) {
        size_t want = chunk < N - got ? chunk : N - got;
        size_t n = fread(back + got, 1, want, f);
        if (n == 0) break;
        got += n;
        chunk = chunk * 3 + 1;
    }
    int same = 1;
    for (int i = 0; i < N; i++) if (back[i] != data[i]) same = 0;
    printf("got %zu same=%d tell=%ld\n", got, same, ftell(f));
    fclose(f);
    free(data);
    free(back);
    return remove(name);
}
