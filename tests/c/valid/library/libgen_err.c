// Library: POSIX basename/dirname (which may modify their argument) and the err.h family (warn/warnx on stderr, errx exits with its status).
// expect-exit: 3
// expect-stdout:
// | [/usr/lib] base [lib] dir [/usr]
// | [/usr/lib/] base [lib] dir [/usr]
// | [usr] base [usr] dir [.]
// | [/] base [/] dir [/]
// | [//] base [/] dir [//]
// | [///] base [/] dir [/]
// | [] base [.] dir [.]
// | [.] base [.] dir [.]
// | [..] base [..] dir [.]
// | [a/b//] base [b] dir [a]
// | [//a] base [a] dir [//]
// | [/a] base [a] dir [/]
// | [a//b] base [b] dir [a]
#include <stdio.h>
#include <string.h>
#include <libgen.h>
#include <err.h>
#include <errno.h>
int main(void){
  const char *paths[] = {"/usr/lib", "/usr/lib/", "usr", "/", "//", "///", "", ".", "..", "a/b//", "//a", "/a", "a//b"};
  for (unsigned i=0;i<sizeof paths/sizeof *paths;i++){ char b1[32], b2[32]; strcpy(b1, paths[i]); strcpy(b2, paths[i]);
    char *bn = basename(b1); char *dn = dirname(b2); printf("[%s] base [%s] dir [%s]\n", paths[i], bn, dn); }
  errno = ENOENT; warn("file %d", 3); warnx("plain"); errx(3, "bye %s", "now");
}
