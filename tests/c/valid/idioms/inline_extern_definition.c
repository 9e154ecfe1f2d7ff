// Idioms: C99 inline semantics: an inline definition plus one extern declaration that makes this unit provide the external definition; static inline helpers; taking the address of an inline function.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 0 0 0 7 99 99 99 
// | via pointer 20, same function 1
// | rotl8 3 240 165
// | sum of squares 385
#include <stdio.h>

inline int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
extern inline int clamp(int v, int lo, int hi); /* this unit emits the external definition */

inline unsigned rotl8(unsigned char v, unsigned r) { r &= 7; return (unsigned char)((v << r) | (v >> ((8 - r) & 7))); }
extern unsigned rotl8(unsigned char v, unsigned r);

static inline int square(int x) { return x * x; }

int (*pick(int which))(int, int, int) { return which ? clamp : NULL; }

int main(void) {
    int values[] = { -20, -1, 0, 7, 99, 100, 1000 };
    for (int i = 0; i < 7; i++) printf("%d ", clamp(values[i], 0, 99));
    printf("\n");
    int (*f)(int, int, int) = pick(1);
    printf("via pointer %d, same function %d\n", f(150, 10, 20), f == clamp);
    printf("rotl8 %u %u %u\n", rotl8(0x81, 1), rotl8(0x0F, 4), rotl8(0xA5, 8));
    int s = 0;
    for (int i = 1; i <= 10; i++) s += square(i);
    printf("sum of squares %d\n", s);
    return 0;
}
