// Stdio: fseek from each origin, ftell, rewind, fgetpos/fsetpos, seeking past the end
// (the gap reads as zero bytes), and an invalid seek.
// expect-exit: 0
// expect-stdout:
// | tell after write: 10
// | at 2: 2
// | at 6: 6 tell=7
// | last: 9
// | after fsetpos: 4
// | after rewind: 0 tell=1
// | size with gap: 16
// | zero bytes in gap: 5, then X
// | bad seek: -1 einval=1 tell=16
// | bad whence: -1 einval=1
#include <errno.h>
#include <stdio.h>

static const char *name = "stdio_seek_tell.bin";

int main(void) {
    FILE *f = fopen(name, "w+");
    if (!f) return 1;
    fputs("0123456789", f);
    printf("tell after write: %ld\n", ftell(f));
    fseek(f, 2, SEEK_SET);
    printf("at 2: %c\n", fgetc(f));
    fseek(f, 3, SEEK_CUR);
    int c = fgetc(f);
    printf("at 6: %c tell=%ld\n", c, ftell(f));
    fseek(f, -1, SEEK_END);
    printf("last: %c\n", fgetc(f));
    fpos_t pos;
    fseek(f, 4, SEEK_SET);
    fgetpos(f, &pos);
    fgetc(f);
    fgetc(f);
    fsetpos(f, &pos);
    printf("after fsetpos: %c\n", fgetc(f));
    rewind(f);
    c = fgetc(f);
    printf("after rewind: %c tell=%ld\n", c, ftell(f));
    fseek(f, 15, SEEK_SET);
    fputc('X', f);
    fseek(f, 0, SEEK_END);
    printf("size with gap: %ld\n", ftell(f));
    fseek(f, 10, SEEK_SET);
    int zeros = 0;
    for (int i = 0; i < 5; i++) zeros += fgetc(f) == 0;
    c = fgetc(f);
    printf("zero bytes in gap: %d, then %c\n", zeros, c);
    errno = 0;
    int r = fseek(f, -100, SEEK_SET);
    int einval = errno == EINVAL;
    printf("bad seek: %d einval=%d tell=%ld\n", r, einval, ftell(f));
    r = fseek(f, 0, 42);
    printf("bad whence: %d einval=%d\n", r, errno == EINVAL);
    fclose(f);
    return remove(name);
}
