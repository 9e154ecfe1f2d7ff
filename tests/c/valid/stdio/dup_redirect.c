// POSIX: redirect stdout into a file with dup/dup2 (flushing first), restore it, then show
// what the file received. Descriptors from dup share the file offset.
// expect-exit: 0
// expect-stdout:
// | before redirect
// | after restore
// | a read 5, b at 5
// | b read 21: rite
// | into the file 1
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static const char *name = "stdio_dup_redirect.txt";

int main(void) {
    printf("before redirect\n");
    fflush(stdout);
    int saved = dup(1);
    int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    close(fd);
    printf("into the file %d\n", 1);
    write(1, "raw write\n", 10);
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    printf("after restore\n");

    int a = open(name, O_RDONLY);
    int b = dup(a);
    char buf[64];
    ssize_t n = read(a, buf, 5);
    printf("a read %zd, b at %ld\n", n, (long)lseek(b, 0, SEEK_CUR));
    n = read(b, buf, sizeof buf);
    printf("b read %zd: %.*s", n, (int)n, buf);
    close(a);
    close(b);
    return remove(name);
}
