// Preprocessor: feature tests on __STDC_VERSION__ and __STDC_NO_* macros.
// std: c17
// expect-exit: 0
// expect-stdout:
// | C17 or later
// | VLA supported
// | IEEE floating point
#include <stdio.h>
int main(void) {
#if __STDC_VERSION__ >= 201710L
    puts("C17 or later");
#elif __STDC_VERSION__ >= 201112L
    puts("C11");
#else
    puts("older");
#endif
#ifdef __STDC_NO_VLA__
    puts("no VLA");
#else
    puts("VLA supported");
#endif
#if defined(__STDC_IEC_559__) || defined(__GCC_IEC_559)
    puts("IEEE floating point");
#endif
    return 0;
}
