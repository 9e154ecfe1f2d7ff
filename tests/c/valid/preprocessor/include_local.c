// Preprocessor: #include of a local header, include guards, #pragma once, computed include.
// expect-exit: 0
// expect-stdout:
// | 42
// | 1
#include <stdio.h>
#include "include_local_helper.h"
#include "include_local_helper.h"
#define HDR "include_local_helper.h"
#include HDR
int main(void) {
    printf("%d\n", helper_twice(21));
    printf("%d\n", HELPER_INCLUDED);
    return 0;
}
