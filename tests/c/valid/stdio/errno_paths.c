// Stdio: error returns and errno as glibc sets them: a missing file (ENOENT), a missing
// directory in the path (ENOENT), a file used as a directory (ENOTDIR), a directory opened
// for writing (EISDIR), an invalid mode (EINVAL), O_EXCL on an existing file (EEXIST).
// perror writes to stderr, which is not compared.
// expect-exit: 0
// expect-stdout:
// | missing          NULL errno=2
// | missing dir      NULL errno=2
// | not a dir        NULL errno=20
// | dir for write    NULL errno=21
// | bad mode         NULL errno=22
// | excl             -1 errno=17
// | mode x           NULL eexist=1
// | remove: 0
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

static void report(const char *what, const void *result) {
    printf("%-16s %s errno=%d\n", what, result ? "ok" : "NULL", result ? 0 : errno);
}

int main(void) {
    errno = 0;
    report("missing", fopen("stdio_no_such_file.txt", "r"));
    perror("fopen missing");
    report("missing dir", fopen("stdio_no_such_dir/x.txt", "w"));
    FILE *f = fopen("stdio_errno_file.txt", "w");
    fputs("x", f);
    fclose(f);
    report("not a dir", fopen("stdio_errno_file.txt/inner", "r"));
    report("dir for write", fopen(".", "w"));
    report("bad mode", fopen("stdio_errno_file.txt", "z"));
    errno = 0;
    int fd = open("stdio_errno_file.txt", O_WRONLY | O_CREAT | O_EXCL, 0644);
    printf("%-16s %d errno=%d\n", "excl", fd, errno);
    FILE *x = fopen("stdio_errno_file.txt", "wx");
    printf("%-16s %s eexist=%d\n", "mode x", x ? "ok" : "NULL", errno == EEXIST);
    perror(NULL);
    printf("remove: %d\n", remove("stdio_errno_file.txt"));
    return 0;
}
