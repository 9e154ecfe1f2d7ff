// Preprocessor: #pragma once prevents a second inclusion of the same header (no include guard in it).
// expect-exit: 0
// expect-stdout:
// | 11
#include <stdio.h>
#include "pragma_once_helper.h"
#include "pragma_once_helper.h"
int main(void) {
    printf("%d\n", once_value());
    return 0;
}
