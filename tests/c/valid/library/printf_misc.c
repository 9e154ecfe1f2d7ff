// Library: printf corner cases: %5.2s, %-+5d, %#.3o, %+.3e, zero padding with negative numbers.
// expect-exit: 0
// expect-stdout:
// | [   ab] [+7   ] [010] [+1.235e+04]
// | [-0042] [-42  ] [+0042] [ 0042]
// | [-003.142] [3.142   ] [+0002.50]
// | [5e+00] [5.e+00] [0.5] [0.500000]
// | [0] [0] [0]
// | [     3.142] [1.23e-04  ]
// | [ok!]
#include <stdio.h>
int main(void) {
    printf("[%5.2s] [%-+5d] [%#.3o] [%+.3e]\n", "abc", 7, 8u, 12345.678);
    printf("[%05d] [%-5d] [%+05d] [% 05d]\n", -42, -42, 42, 42);
    printf("[%08.3f] [%-8.3f] [%+08.2f]\n", -3.14159, 3.14159, 2.5);
    printf("[%.0e] [%#.0e] [%g] [%#g]\n", 5.0, 5.0, 0.5, 0.5);
    printf("[%x] [%#x] [%#o]\n", 0u, 0u, 0u);
    printf("[%10.4g] [%-10.2e]\n", 3.14159265, 0.000123);
    printf("[%c%c%c]\n", 'o', 'k', '!');
    return 0;
}
