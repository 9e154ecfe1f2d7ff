// Types: sizeof every basic type on LP64 x86-64.
// expect-exit: 0
// expect-stdout:
// | 1 2 4 8 8
// | 4 8 16
// | 8 8 8 4
// | 1 16
// | 4 4
// | 4 8 16
// | 4 8 8
#include <stdio.h>
#include <stddef.h>
#include <wchar.h>
int main(void) {
    printf("%zu %zu %zu %zu %zu\n", sizeof(char), sizeof(short), sizeof(int), sizeof(long), sizeof(long long));
    printf("%zu %zu %zu\n", sizeof(float), sizeof(double), sizeof(long double));
    printf("%zu %zu %zu %zu\n", sizeof(void *), sizeof(size_t), sizeof(ptrdiff_t), sizeof(wchar_t));
    printf("%zu %zu\n", sizeof(_Bool), sizeof(__int128));
    printf("%zu %zu\n", sizeof 'a', sizeof "abc");
    printf("%zu %zu %zu\n", sizeof 1.0f, sizeof 1.0, sizeof 1.0L);
    printf("%zu %zu %zu\n", sizeof 1, sizeof 1L, sizeof 1ULL);
    return 0;
}
