// Idiom (bzip2's small-memory decompressor, ll4 in bzlib_private.h): a malloc'd array of 4-bit
// entries packed two per byte, each set with read-mask-or on the byte, never initialised as a whole.
// After both nibbles of a byte are set, every bit of it is determined, so using it as an index is
// correct (memcheck and MSan, which track definedness per bit, are silent).
// expect-exit: 0
// expect-stdout:
// | sum=1875 table=9
#include <stdio.h>
#include <stdlib.h>
static unsigned char *ll4;
static void set4(int i, unsigned n) {
    if ((i & 1) == 0) ll4[i >> 1] = (unsigned char)((ll4[i >> 1] & 0xf0) | n);
    else ll4[i >> 1] = (unsigned char)((ll4[i >> 1] & 0x0f) | (n << 4));
}
static unsigned get4(int i) { return ((unsigned)ll4[i >> 1] >> ((i << 2) & 4)) & 0xF; }
int main(void) {
    int table[16];
    for (int i = 0; i < 16; i++) table[i] = i;
    ll4 = malloc(125);
    for (int i = 0; i < 250; i++) set4(i, (unsigned)(i * 7) & 0xF);
    int sum = 0;
    for (int i = 0; i < 250; i++) sum += table[get4(i)];
    printf("sum=%d table=%d\n", sum, table[get4(15)]);
    free(ll4);
    return 0;
}
