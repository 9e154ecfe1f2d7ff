// Structs: a struct mixing bit-fields with ordinary members, initialised and updated.
// expect-exit: 0
// expect-stdout:
// | a.txt    rw-      12 1
// | .rc      r-h       1 2
// | big.bin  r-- 1000000 1
// | 0
#include <stdio.h>
struct file_info { const char *name; unsigned readable : 1, writable : 1, hidden : 1; unsigned size_kb : 20; short links; };
int main(void) {
    struct file_info files[] = {
        { "a.txt", 1, 1, 0, 12, 1 },
        { ".rc", 1, 0, 1, 1, 2 },
        { .name = "big.bin", .readable = 1, .size_kb = 1000000, .links = 1 },
    };
    for (int i = 0; i < 3; i++)
        printf("%-8s %c%c%c %7u %d\n", files[i].name, files[i].readable ? 'r' : '-', files[i].writable ? 'w' : '-',
               files[i].hidden ? 'h' : '-', files[i].size_kb, files[i].links);
    files[0].size_kb += 1048576 - 12;   /* wraps within 20 bits to 0 */
    printf("%u\n", files[0].size_kb);
    return 0;
}
