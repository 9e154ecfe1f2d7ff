// Library: printf integer conversions with flags, width, precision and length modifiers.
// expect-exit: 0
// expect-stdout:
// | [42] [42] [   42] [42   ] [00042] [+42] [ 42]
// | [007] [     007] [007     |] [+] []
// | [255] [ff] [FF] [377] [0xff] [0XFF] [0377] [0]
// | [-3] [-4] [65535] [255]
// | [-1] [1099511627776] [-5] [abc]
// | [9] [-9] [-2] [-3] [3]
// | [     1] [2   ] [005]
// | [ffffffff] [-2147483648]
// | [%] [a] [    b] [c  |]
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
int main(void) {
    printf("[%d] [%i] [%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42, 42, 42);
    printf("[%.3d] [%8.3d] [%-8.3d|] [%+.0d] [%.0d]\n", 7, 7, 7, 0, 0);
    printf("[%u] [%x] [%X] [%o] [%#x] [%#X] [%#o] [%#o]\n", 255u, 255u, 255u, 255u, 255u, 255u, 255u, 0u);
    printf("[%hd] [%hhd] [%hu] [%hhu]\n", (short)-3, (signed char)-4, (unsigned short)65535, (unsigned char)255);
    printf("[%ld] [%lu] [%lld] [%llx]\n", -1L, 1UL << 40, -5LL, 0xabcULL);
    printf("[%zu] [%zd] [%td] [%jd] [%ju]\n", (size_t)9, (ssize_t)-9, (ptrdiff_t)-2, (intmax_t)-3, (uintmax_t)3);
    printf("[%*d] [%-*d] [%.*d]\n", 6, 1, 4, 2, 3, 5);
    printf("[%x] [%d]\n", (unsigned)-1, -2147483647 - 1);
    printf("[%%] [%c] [%5c] [%-3c|]\n", 'a', 'b', 'c');
    return 0;
}
