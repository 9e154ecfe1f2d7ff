// POSIX/stdio: fdopen wraps a descriptor from open in a FILE, fileno gives it back, fclose
// closes the descriptor too; the standard streams are descriptors 0, 1, 2.
// expect-exit: 0
// expect-stdout:
// | std fds: 0 1 2
// | same fd: 1
// | descriptor offset: 11
// | close after fclose: -1 ebadf=1
// | fdopen w on read-only fd: NULL einval=1
// | via FILE 7
// | fdopen of a closed fd: NULL ebadf=1
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static const char *name = "stdio_fdopen.txt";

int main(void) {
    printf("std fds: %d %d %d\n", fileno(stdin), fileno(stdout), fileno(stderr));
    int fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0600);
    FILE *f = fdopen(fd, "w+");
    if (!f) return 1;
    printf("same fd: %d\n", fileno(f) == fd);
    fprintf(f, "via FILE %d\n", 7);
    fflush(f);
    printf("descriptor offset: %ld\n", (long)lseek(fd, 0, SEEK_CUR));
    fclose(f);
    errno = 0;
    int r = close(fd);
    printf("close after fclose: %d ebadf=%d\n", r, errno == EBADF);
    int ro = open(name, O_RDONLY);
    errno = 0;
    FILE *bad = fdopen(ro, "w");
    printf("fdopen w on read-only fd: %s einval=%d\n", bad ? "ok" : "NULL", errno == EINVAL);
    FILE *g = fdopen(ro, "r");
    char buf[32];
    if (fgets(buf, sizeof buf, g)) printf("%s", buf);
    fclose(g);
    errno = 0;
    FILE *closed = fdopen(ro, "r");
    printf("fdopen of a closed fd: %s ebadf=%d\n", closed ? "ok" : "NULL", errno == EBADF);
    return remove(name);
}
