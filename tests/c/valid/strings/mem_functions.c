// Strings: memcpy, memmove with overlap, memset, memcmp, memchr.
// expect-exit: 0
// expect-stdout:
// | 0101234789
// | 3456756789
// | -1 0
// | xxxxxxx
// | 1 0
// | 4 me
// | 1
#include <stdio.h>
#include <string.h>
int main(void) {
    char a[] = "0123456789";
    memmove(a + 2, a, 5);
    puts(a);
    char b[] = "0123456789";
    memmove(b, b + 3, 5);
    puts(b);
    int nums[5];
    memset(nums, 0, sizeof nums);
    memset(nums, 0xff, sizeof nums[0]);
    printf("%d %d\n", nums[0], nums[1]);
    char c[8];
    memset(c, 'x', 7);
    c[7] = 0;
    puts(c);
    printf("%d %d\n", memcmp("abc", "abd", 3) < 0, memcmp("abc", "abd", 2));
    const char *s = "find:me";
    const char *colon = memchr(s, ':', strlen(s));
    printf("%td %s\n", colon - s, colon + 1);
    unsigned char hi[2] = { 0x80, 0 }, lo[2] = { 0x7f, 0 };
    printf("%d\n", memcmp(hi, lo, 2) > 0);
    return 0;
}
