// Preprocessor: null directive, comments in directives, directives after whitespace.
// expect-exit: 0
// expect-stdout:
// | 7 8
#
   #   define SPACED   7   /* comment */  // another
/* a comment */ # define AFTER_COMMENT 8
#include <stdio.h>
#if 0
#unknown_directive_in_skipped_group
#endif
int main(void) {
    #
    printf("%d %d\n", SPACED, AFTER_COMMENT);
    return 0;
}
