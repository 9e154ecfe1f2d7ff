// Library: abort() does not flush stdio (glibc): output still in stdout's buffer is lost; the status is 134.
// expect-exit: 134
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("this line stays in the buffer of a pipe\n");
    abort();
}
