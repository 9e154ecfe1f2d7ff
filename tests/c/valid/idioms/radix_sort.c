// Idioms: LSD radix sort of unsigned 32-bit keys by bytes with counting passes, and signed keys via a bias flip.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 374114282 691148861 723471715 746858951
// | 1156348781 1350636274 1959669526 2008045182
// | 2064144800 2495235968 2497366906 2653896249
// | 2888432806 3149294349 3532304609 3826506360
// | -2147483648 -300 -42 -1 0 5 42 300 2147483647 
// | 0 1 3 3 7 9 255 
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int radix_sort_u32(uint32_t *a, size_t n) {
    uint32_t *tmp = malloc(n * sizeof *a);
    if (!tmp && n) return 0;
    uint32_t *src = a, *dst = tmp;
    for (int shift = 0; shift < 32; shift += 8) {
        size_t count[257] = { 0 };
        for (size_t i = 0; i < n; i++) count[((src[i] >> shift) & 0xFF) + 1]++;
        if (count[1] == n) continue; /* every key has this byte zero: the pass changes nothing */
        for (int b = 0; b < 256; b++) count[b + 1] += count[b];
        for (size_t i = 0; i < n; i++) dst[count[(src[i] >> shift) & 0xFF]++] = src[i];
        uint32_t *t = src; src = dst; dst = t;
    }
    if (src != a) memcpy(a, src, n * sizeof *a);
    free(tmp);
    return 1;
}

static void radix_sort_i32(int32_t *a, size_t n) {
    uint32_t *u = malloc(n * sizeof *u);
    if (!u) return;
    for (size_t i = 0; i < n; i++) u[i] = (uint32_t)a[i] ^ 0x80000000u;
    radix_sort_u32(u, n);
    for (size_t i = 0; i < n; i++) a[i] = (int32_t)(u[i] ^ 0x80000000u);
    free(u);
}

int main(void) {
    uint32_t keys[16];
    uint32_t x = 2463534242u;
    for (int i = 0; i < 16; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; keys[i] = x; }
    radix_sort_u32(keys, 16);
    for (int i = 0; i < 16; i++) printf("%u%c", keys[i], i % 4 == 3 ? '\n' : ' ');
    int32_t s[] = { 5, -1, 2147483647, -2147483647 - 1, 0, -300, 300, 42, -42 };
    radix_sort_i32(s, sizeof s / sizeof s[0]);
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) printf("%d ", s[i]);
    printf("\n");
    uint32_t small[] = { 9, 3, 7, 3, 0, 255, 1 };
    radix_sort_u32(small, 7);
    for (int i = 0; i < 7; i++) printf("%u ", small[i]);
    printf("\n");
    return 0;
}
