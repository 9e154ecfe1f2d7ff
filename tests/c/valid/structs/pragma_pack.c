// #pragma pack(1) between push and pop packs the struct: a short in a union over the packed
// struct reads the char and the low byte of the int that follows it without padding.
// expect-exit: 0
// expect-stdout:
// | 5 1 8
// | -19993 -28020
// | 1 4 3 2 1
// | 16 2 8
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#pragma pack(push)
#pragma pack(1)
struct S0 { int8_t f0; int32_t f1; };
#pragma pack(pop)
union U2 { const struct S0 f0; const int16_t f1; int64_t f2; };
struct natural { int8_t f0; int32_t f1; };
#pragma pack(push, 2)
struct two { char a; int b; char c; long long d; };
#pragma pack(pop)
static union U2 g[2] = {{{0xE7L, 0x70D45DB1L}}, {{0x8CL, 0x33A9D292L}}};
int main(void) {
    struct S0 s = {1, 0x01020304};
    unsigned char *p = (unsigned char *)&s;
    printf("%zu %zu %zu\n", sizeof(struct S0), offsetof(struct S0, f1), sizeof(struct natural));
    printf("%d %d\n", g[0].f1, g[1].f1);
    printf("%d %d %d %d %d\n", p[0], p[1], p[2], p[3], p[4]);
    printf("%zu %zu %zu\n", sizeof(struct two), _Alignof(struct two), offsetof(struct two, d));
    return 0;
}
