// POSIX: open/write/lseek/read/close, O_APPEND, O_TRUNC, fstat and stat (st_size,
// S_ISREG, S_ISDIR), access, unlink, and the errors of a closed descriptor.
// expect-exit: 0
// expect-stdout:
// | fd is small: 1
// | write: 12
// | lseek end: 12
// | lseek 7: 7
// | read 5: world
// | read at end: 0
// | fstat size=12 reg=1 dir=0
// | close: 0
// | close again: -1 ebadf=1
// | read closed: -1 ebadf=1
// | after append size=13
// | content: hello, world!
// | after trunc size=0
// | dot is dir: 1
// | access F_OK: 0 R_OK|W_OK: 0
// | unlink: 0
// | access after unlink: -1 enoent=1
// | stat missing: -1 enoent=1
// | open missing: -1 enoent=1
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *name = "stdio_posix_files.dat";

int main(void) {
    int fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return 1;
    printf("fd is small: %d\n", fd >= 3 && fd < 10);
    printf("write: %zd\n", write(fd, "hello, world", 12));
    printf("lseek end: %ld\n", (long)lseek(fd, 0, SEEK_END));
    printf("lseek 7: %ld\n", (long)lseek(fd, 7, SEEK_SET));
    char buf[32];
    ssize_t n = read(fd, buf, sizeof buf);
    printf("read %zd: %.*s\n", n, (int)n, buf);
    printf("read at end: %zd\n", read(fd, buf, sizeof buf));
    struct stat st;
    fstat(fd, &st);
    printf("fstat size=%ld reg=%d dir=%d\n", (long)st.st_size, S_ISREG(st.st_mode), S_ISDIR(st.st_mode));
    printf("close: %d\n", close(fd));
    errno = 0;
    int r = close(fd);
    printf("close again: %d ebadf=%d\n", r, errno == EBADF);
    errno = 0;
    n = read(fd, buf, 1);
    printf("read closed: %zd ebadf=%d\n", n, errno == EBADF);

    fd = open(name, O_WRONLY | O_APPEND);
    lseek(fd, 0, SEEK_SET);
    write(fd, "!", 1);
    close(fd);
    stat(name, &st);
    printf("after append size=%ld\n", (long)st.st_size);
    fd = open(name, O_RDONLY);
    n = read(fd, buf, sizeof buf);
    printf("content: %.*s\n", (int)n, buf);
    close(fd);
    fd = open(name, O_WRONLY | O_TRUNC);
    close(fd);
    stat(name, &st);
    printf("after trunc size=%ld\n", (long)st.st_size);
    stat(".", &st);
    printf("dot is dir: %d\n", S_ISDIR(st.st_mode));
    printf("access F_OK: %d R_OK|W_OK: %d\n", access(name, F_OK), access(name, R_OK | W_OK));
    printf("unlink: %d\n", unlink(name));
    errno = 0;
    r = access(name, F_OK);
    printf("access after unlink: %d enoent=%d\n", r, errno == ENOENT);
    errno = 0;
    r = stat(name, &st);
    printf("stat missing: %d enoent=%d\n", r, errno == ENOENT);
    errno = 0;
    r = open(name, O_RDONLY);
    printf("open missing: %d enoent=%d\n", r, errno == ENOENT);
    return 0;
}
